namespace TeamBot.Core.Documents;

/// <summary>The limits of one render: options, the deadline's token and the output budget left.</summary>
internal sealed class RenderLimits(DocumentRenderOptions options, CancellationToken token)
{
    private long used;

    public DocumentRenderOptions Options { get; } = options;

    public CancellationToken Token { get; } = token;

    /// <summary>Characters still allowed; at least 1 because Scriban reads 0 as "no limit".</summary>
    public int RemainingOutput => (int)Math.Clamp(Options.MaxOutputBytes - used, 1, int.MaxValue);

    public bool OutputExhausted => used >= Options.MaxOutputBytes;

    public void Spend(int characters) => used += characters;
}
