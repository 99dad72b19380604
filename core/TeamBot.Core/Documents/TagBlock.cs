namespace TeamBot.Core.Documents;

/// <summary>An opening tag, its else/when tags and its end: one Scriban block.</summary>
internal sealed class TagBlock(WordTag open, IReadOnlyList<WordTag> middles, WordTag close)
{
    public WordTag Open { get; } = open;

    public IReadOnlyList<WordTag> Middles { get; } = middles;

    public WordTag Close { get; } = close;

    public IEnumerable<WordTag> Tags => [Open, .. Middles, Close];
}
