namespace TeamBot.Core.Documents;

/// <summary>Section "Documents:Rendering": the limits every render of an (untrusted) template runs under.</summary>
public sealed class DocumentRenderOptions
{
    public const string Section = "Documents:Rendering";

    /// <summary>Wall-clock limit for one render, all parts together.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bound on the rendered XML (characters, all parts together) and on the resulting file (bytes).</summary>
    public long MaxOutputBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Iterations of a loop and every loop nested in it, together; fits plans with thousands of acties.</summary>
    public int LoopLimit { get; set; } = 10_000;

    /// <summary>How deep template functions (func) may call themselves.</summary>
    public int RecursiveLimit { get; set; } = 100;

    /// <summary>Longest text a single value may become, in characters.</summary>
    public int MaxValueLength { get; set; } = 1_048_576;

    /// <summary>True: a name the model lacks is a problem; false: it renders as empty text.</summary>
    public bool StrictVariables { get; set; }

    /// <summary>Values are plan texts with markup (docs/plan-format.md); set per render by the caller, never by configuration.</summary>
    internal bool TextMarkup { get; init; }

    internal DocumentRenderOptions WithTextMarkup() => new()
    {
        Timeout = Timeout,
        MaxOutputBytes = MaxOutputBytes,
        LoopLimit = LoopLimit,
        RecursiveLimit = RecursiveLimit,
        MaxValueLength = MaxValueLength,
        StrictVariables = StrictVariables,
        TextMarkup = true,
    };
}
