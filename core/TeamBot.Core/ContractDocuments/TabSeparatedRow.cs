namespace TeamBot.Core.ContractDocuments;

/// <summary>A text line with tabs between words is a table row copied from Word or Excel; it keeps its own line.</summary>
internal static class TabSeparatedRow
{
    public static bool TryFormat(string rawLine, out string row)
    {
        var trimmed = rawLine.Trim();
        row = trimmed.Contains('\t') ? string.Join(" | ", trimmed.Split('\t').Select(SectionText.NormaliseLine)) : "";
        return row.Length > 0;
    }
}
