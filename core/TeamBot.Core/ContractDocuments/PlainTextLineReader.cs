using System.Text.RegularExpressions;

namespace TeamBot.Core.ContractDocuments;

/// <summary>Finds the title, headings and paragraphs of a plain text document.</summary>
internal sealed partial class PlainTextLineReader
{
    private const int MinimumCapitalHeadingLetters = 4;

    private readonly string[] _rawLines;
    private readonly string[] _lines;
    private readonly bool _hasChapters;
    private readonly DocumentLineWriter _writer = new();

    private PlainTextLineReader(string[] rawLines)
    {
        _rawLines = rawLines;
        _lines = rawLines.Select(SectionText.NormaliseLine).ToArray();
        _hasChapters = _lines.Any(line => NumberedHeading.Match(line)?.IsChapter == true);
    }

    /// <param name="Title">The first line when it reads as a title, else null.</param>
    public sealed record Result(string? Title, IReadOnlyList<DocumentLine> Lines);

    public static Result Read(IEnumerable<string> rawLines)
    {
        var reader = new PlainTextLineReader(rawLines.ToArray());
        var titleIndex = reader.TitleLineIndex();
        reader.ReadLines(titleIndex);
        return new Result(titleIndex is int index ? reader._lines[index] : null, reader._writer.Finish());
    }

    private void ReadLines(int? titleIndex)
    {
        for (var i = 0; i < _lines.Length; i++)
        {
            var line = _lines[i];
            var underlined = IsUnderline(i + 1);
            var level = i == titleIndex ? 0 : HeadingLevel(i);
            if (level is int headingLevel)
            {
                _writer.AddHeading(line, headingLevel);
                if (underlined) i++;
            }
            else if (line.Length == 0 || IsUnderline(i))
            {
                _writer.EndParagraph();
            }
            else if (ListItems.StartsWithMarker(line))
            {
                _writer.StartParagraph(line);
            }
            else if (TabSeparatedRow.TryFormat(_rawLines[i], out var row))
            {
                _writer.AddLine(row);
            }
            else
            {
                _writer.AppendToParagraph(line);
            }
        }
    }

    /// <summary>The first line is the title when it is short, not numbered, and stands on its own.</summary>
    private int? TitleLineIndex()
    {
        var first = Array.FindIndex(_lines, line => line.Length > 0);
        if (first < 0) return null;
        var line = _lines[first];
        if (!NumberedHeading.LooksLikeHeading(line) || NumberedHeading.Match(line) is not null || ListItems.StartsWithMarker(line)) return null;
        var next = first + 1;
        var standsAlone = next >= _lines.Length || _lines[next].Length == 0 || IsUnderline(next) || HeadingLevel(next) is not null;
        return standsAlone ? first : null;
    }

    private int? HeadingLevel(int index)
    {
        var line = _lines[index];
        if (line.Length == 0 || IsUnderline(index)) return null;
        if (NumberedHeading.Match(line) is { } numbered) return numbered.LevelIn(_hasChapters);
        if (IsUnderline(index + 1) && line.Length < NumberedHeading.MaxHeadingLength) return _lines[index + 1][0] == '=' ? 1 : 2;
        return IsInCapitals(line) ? 1 : null;
    }

    private bool IsUnderline(int index) => index < _lines.Length && Underline().IsMatch(_lines[index]);

    /// <summary>"BIJLAGEN" is a heading; "KPI 2018 2019" (a table header) and "SLA" (a cell) are not.</summary>
    private static bool IsInCapitals(string line)
    {
        var letters = line.Count(char.IsLetter);
        var visible = line.Count(c => !char.IsWhiteSpace(c));
        return NumberedHeading.LooksLikeHeading(line) && letters >= MinimumCapitalHeadingLetters && letters * 2 >= visible
            && !line.Any(char.IsLower);
    }

    [GeneratedRegex(@"^(?:={3,}|-{3,})$")]
    private static partial Regex Underline();
}
