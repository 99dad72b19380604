namespace TeamBot.Core.Documents;

/// <summary>
/// Finds "{{ … }}" tags in text. A tag ends at the first "}}", so tag code can never contain "}}"
/// and can never switch Scriban back to text mode (that would let typed text become raw XML).
/// </summary>
internal static class TagScanner
{
    public const string Open = "{{";
    public const string Close = "}}";

    public static bool MayHoldTag(string text) => text.Contains(Open, StringComparison.Ordinal);

    /// <summary>The tags in order, and where a "{{" starts that is never closed (null if none).</summary>
    public static (List<TextSpan> Tags, int? UnclosedAt) Scan(string text)
    {
        var tags = new List<TextSpan>();
        var position = 0;
        while (true)
        {
            var start = text.IndexOf(Open, position, StringComparison.Ordinal);
            if (start < 0) return (tags, null);
            var end = text.IndexOf(Close, start + Open.Length, StringComparison.Ordinal);
            if (end < 0) return (tags, start);
            tags.Add(new TextSpan(start, end + Close.Length - start));
            position = end + Close.Length;
        }
    }

    /// <summary>The text with every tag taken out.</summary>
    public static string WithoutTags(string text)
    {
        var (tags, _) = Scan(text);
        if (tags.Count == 0) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var tag in tags)
        {
            kept.Append(text, position, tag.Start - position);
            position = tag.End;
        }
        return kept.Append(text, position, text.Length - position).ToString();
    }
}
