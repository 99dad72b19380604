using System.Text.RegularExpressions;

namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Reads the block structure of markdown that matters for sections: ATX and setext headings,
/// fenced code (never headings), paragraphs, list items and tables; inline markup is stripped.
/// </summary>
internal sealed partial class MarkdownLineParser
{
    private readonly DocumentLineWriter _writer = new();
    private readonly List<string> _paragraph = [];
    private bool _paragraphIsListItem;
    private Match? _openFence;
    private bool _inTable;

    public static IReadOnlyList<DocumentLine> Parse(string markdown)
    {
        var parser = new MarkdownLineParser();
        foreach (var line in WithoutFrontMatter(markdown.ReplaceLineEndings("\n").Split('\n'))) parser.Read(line);
        parser.EndParagraph();
        return parser._writer.Finish();
    }

    private void Read(string line)
    {
        if (_openFence is not null)
        {
            ReadCode(line);
            return;
        }

        var content = BlockQuote().Replace(line, "");
        if (string.IsNullOrWhiteSpace(content))
        {
            EndParagraph();
            _inTable = false;
            return;
        }

        var handled = TryOpenFence(content) || TryAtxHeading(content) || TrySetextUnderline(content)
            || TryThematicBreak(content) || TryTableRow(content) || IsReferenceDefinition(content)
            || TryListItem(content) || TryTabSeparatedRow(content);
        if (!handled) _paragraph.Add(content.Trim());
    }

    private void ReadCode(string line)
    {
        var close = Fence().Match(line);
        var closes = close.Success && close.Groups["info"].Value.Trim().Length == 0
            && close.Groups["fence"].Value[0] == _openFence!.Groups["fence"].Value[0]
            && close.Groups["fence"].Length >= _openFence.Groups["fence"].Length;
        if (closes) _openFence = null;
        else if (!string.IsNullOrWhiteSpace(line)) _writer.AddLine(line);
    }

    private bool TryOpenFence(string line)
    {
        var fence = Fence().Match(line);
        // A backtick fence's info string cannot contain backticks; "```a```" is inline code.
        if (!fence.Success || (fence.Groups["fence"].Value[0] == '`' && fence.Groups["info"].Value.Contains('`'))) return false;
        EndParagraph();
        _openFence = fence;
        return true;
    }

    private bool TryAtxHeading(string line)
    {
        var heading = AtxHeading().Match(line);
        if (!heading.Success) return false;
        EndParagraph();
        _writer.AddHeading(MarkdownInline.Strip(heading.Groups["text"].Value), heading.Groups["marks"].Length);
        return true;
    }

    private bool TrySetextUnderline(string line)
    {
        var underline = SetextUnderline().Match(line);
        if (!underline.Success) return false;
        if (_paragraph.Count == 0 || _paragraphIsListItem)
        {
            // Without a paragraph above, "---" is a thematic break and "===" is decoration.
            EndParagraph();
            return true;
        }

        var level = underline.Groups["marks"].Value[0] == '=' ? 1 : 2;
        var heading = MarkdownInline.Strip(string.Join(' ', _paragraph));
        _paragraph.Clear();
        _writer.AddHeading(heading, level);
        return true;
    }

    private bool TryThematicBreak(string line)
    {
        if (!ThematicBreak().IsMatch(line)) return false;
        EndParagraph();
        return true;
    }

    private bool TryTableRow(string line)
    {
        if (_inTable && line.Contains('|'))
        {
            _writer.AddLine(TableRow(line));
            return true;
        }

        _inTable = false;
        if (!TableDelimiterRow().IsMatch(line) || _paragraph.Count == 0 || !_paragraph[^1].Contains('|')) return false;
        var headerRow = _paragraph[^1];
        _paragraph.RemoveAt(_paragraph.Count - 1);
        EndParagraph();
        _writer.AddLine(TableRow(headerRow));
        _inTable = true;
        return true;
    }

    private bool TryTabSeparatedRow(string line)
    {
        if (!TabSeparatedRow.TryFormat(line, out var row)) return false;
        EndParagraph();
        _writer.AddLine(MarkdownInline.Strip(row));
        return true;
    }

    private static string TableRow(string line)
    {
        var cells = line.Trim().Trim('|').Split('|').Select(cell => MarkdownInline.Strip(cell).Trim());
        return string.Join(" | ", cells);
    }

    private static bool IsReferenceDefinition(string line) => ReferenceDefinition().IsMatch(line);

    private bool TryListItem(string line)
    {
        var item = ListItem().Match(line);
        if (!item.Success) return false;
        EndParagraph();
        var marker = item.Groups["marker"].Value;
        var bullet = char.IsAsciiDigit(marker[0]) ? marker : "-";
        _paragraph.Add($"{bullet} {item.Groups["text"].Value.Trim()}");
        _paragraphIsListItem = true;
        return true;
    }

    private void EndParagraph()
    {
        if (_paragraph.Count > 0) _writer.AddLine(MarkdownInline.Strip(string.Join(' ', _paragraph)));
        _paragraph.Clear();
        _paragraphIsListItem = false;
    }

    /// <summary>YAML front matter ("---" ... "---" at the very top) is metadata, not text.</summary>
    private static IEnumerable<string> WithoutFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return lines;
        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        return end < 0 ? lines : lines.Skip(end + 1);
    }

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})(?<info>.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}(?<marks>#{1,6})(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(?<marks>=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex TableDelimiterRow();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*\S+")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\s*(?<marker>[-*+]|\d{1,9}[.)])[ \t]+(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^ {0,3}(?:>[ \t]?)+")]
    private static partial Regex BlockQuote();
}
