namespace TeamBot.Core.Cards;

/// <summary>
/// Splits TeamBot's plain texts ("\n" line breaks, "- " bullets, blank lines between paragraphs) into card blocks,
/// so bullets line up in every client whether or not it renders markdown.
/// </summary>
internal static class CardText
{
    /// <summary>More blocks than this make a card slow and long; the rest is kept as one last paragraph.</summary>
    public const int MaxParts = 60;

    private const string BulletMarker = "- ";

    public static IReadOnlyList<CardTextPart> Parts(string? text)
    {
        var parts = new List<CardTextPart>();
        var paragraph = new List<string>();
        var blankBefore = false;
        foreach (var line in Lines(text))
        {
            if (line.Length == 0)
            {
                Flush(parts, paragraph, ref blankBefore);
                blankBefore = parts.Count > 0;
            }
            else if (line.StartsWith(BulletMarker, StringComparison.Ordinal))
            {
                Flush(parts, paragraph, ref blankBefore);
                parts.Add(new CardTextPart(line[BulletMarker.Length..].Trim(), IsBullet: true, Spacing(blankBefore)));
                blankBefore = false;
            }
            else
            {
                paragraph.Add(line);
            }
        }
        Flush(parts, paragraph, ref blankBefore);
        return Capped(parts);
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());

    private static void Flush(List<CardTextPart> parts, List<string> paragraph, ref bool blankBefore)
    {
        if (paragraph.Count == 0) return;
        parts.Add(new CardTextPart(string.Join("\n", paragraph), IsBullet: false, Spacing(blankBefore)));
        paragraph.Clear();
        blankBefore = false;
    }

    // A blank line in the text becomes visible space; bullets of one list stay close together.
    private static string Spacing(bool blankBefore) => blankBefore ? "medium" : "small";

    private static List<CardTextPart> Capped(List<CardTextPart> parts)
    {
        if (parts.Count <= MaxParts) return parts;
        var rest = string.Join("\n", parts.Skip(MaxParts - 1).Select(p => p.IsBullet ? "• " + p.Text : p.Text));
        return [.. parts.Take(MaxParts - 1), new CardTextPart(rest, IsBullet: false, "small")];
    }
}
