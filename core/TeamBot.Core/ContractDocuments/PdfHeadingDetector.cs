namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Finds headings among PDF lines, which carry no structure, by how they look: a font clearly larger than
/// the body text, bold and short at body size, or numbered ("1.", "2.3", "Artikel 4"). Levels come from the
/// numbering when there is one, else from the font size (larger is higher); bold body-size headings come last.
/// The largest text on the first page with text is the title and gets level 0.
/// </summary>
internal sealed class PdfHeadingDetector
{
    private const double LargerFontFactor = 1.15;
    private const double SmallerFontFactor = 0.95;

    private readonly double _bodySize;
    private readonly bool _bodyIsBold;
    private readonly bool _hasChapters;

    private PdfHeadingDetector(IReadOnlyList<PdfTextLine> lines)
    {
        _bodySize = WeightedMedianFontSize(lines);
        _bodyIsBold = lines.Where(line => line.IsBold).Sum(line => line.Text.Length) * 2 > lines.Sum(line => line.Text.Length);
        _hasChapters = lines.Any(line => NumberedHeading.Match(line.Text)?.IsChapter == true);
    }

    private enum Kind
    {
        Body,
        Numbered,
        LargerFont,
        BoldAtBodySize,
    }

    /// <param name="Title">The declared title, else the largest heading on the first page with text, else null.</param>
    public sealed record Result(string? Title, IReadOnlyList<DocumentLine> Lines);

    public static Result Detect(IReadOnlyList<PdfTextLine> lines, string? declaredTitle)
    {
        var detector = new PdfHeadingDetector(lines);
        var items = detector.MergeWrappedHeadings(lines);
        var titleItem = LargestOnFirstPageWithText(items);
        var title = declaredTitle ?? titleItem?.Text;
        var levels = new HeadingLevels(items, titleItem, title, detector._hasChapters);
        return new Result(title, Write(items, levels));
    }

    private Item Classify(PdfTextLine line)
    {
        var hasLargerFont = line.FontSize >= _bodySize * LargerFontFactor;
        var numbering = NumberedHeading.Match(line.Text);
        return new Item(line, KindOf(line, hasLargerFont, numbering), line.Text, hasLargerFont, numbering);
    }

    private Kind KindOf(PdfTextLine line, bool hasLargerFont, NumberedHeading? numbering)
    {
        // Footnotes and captions are smaller than the body text; they are never headings.
        if (line.FontSize < _bodySize * SmallerFontFactor) return Kind.Body;
        if (numbering is not null) return Kind.Numbered;
        if (!NumberedHeading.LooksLikeHeading(line.Text)) return Kind.Body;
        if (hasLargerFont) return Kind.LargerFont;
        return line.IsBold && !_bodyIsBold ? Kind.BoldAtBodySize : Kind.Body;
    }

    /// <summary>A heading too long for one line continues in the next line of its block, in the same font.</summary>
    private List<Item> MergeWrappedHeadings(IReadOnlyList<PdfTextLine> lines)
    {
        var items = new List<Item>();
        foreach (var line in lines)
        {
            var item = Classify(line);
            var previous = items.Count > 0 ? items[^1] : null;
            var continuesHeading = previous is { IsHeading: true } && item.Kind is Kind.LargerFont or Kind.BoldAtBodySize
                && !line.StartsBlock && SameFont(previous.Line, line);
            if (continuesHeading) items[^1] = previous! with { Text = $"{previous!.Text} {line.Text}" };
            else items.Add(item);
        }

        return items;
    }

    private static bool SameFont(PdfTextLine first, PdfTextLine second) =>
        Math.Abs(first.FontSize - second.FontSize) < 0.5 && first.IsBold == second.IsBold;

    /// <summary>A cover page may be an image only, so the title is looked for on the first page that has text.</summary>
    private static Item? LargestOnFirstPageWithText(List<Item> items)
    {
        if (items.Count == 0) return null;
        var firstPage = items[0].Line.PageNumber;
        var candidates = items.Where(item => item.Line.PageNumber == firstPage && item.Kind == Kind.LargerFont).ToList();
        if (candidates.Count == 0) return null;
        var largest = candidates.Max(item => item.Line.FontSize);
        return candidates.First(item => item.Line.FontSize == largest);
    }

    private static IReadOnlyList<DocumentLine> Write(List<Item> items, HeadingLevels levels)
    {
        var writer = new DocumentLineWriter();
        foreach (var item in items)
        {
            if (item.IsHeading) writer.AddHeading(item.Text, levels.LevelOf(item));
            else if (item.Line.StartsBlock || ListItems.StartsWithMarker(item.Text)) writer.StartParagraph(item.Text);
            else writer.AppendToParagraph(item.Text);
        }

        return writer.Finish();
    }

    /// <summary>The font size of most of the text, weighting each line by its length.</summary>
    private static double WeightedMedianFontSize(IReadOnlyList<PdfTextLine> lines)
    {
        var bySize = lines.OrderBy(line => line.FontSize).ToList();
        var half = bySize.Sum(line => line.Text.Length) / 2.0;
        var seen = 0;
        foreach (var line in bySize)
        {
            seen += line.Text.Length;
            if (seen >= half) return line.FontSize;
        }

        return 0;
    }

    /// <param name="Line">The first line; a wrapped heading adds the text of the next lines.</param>
    /// <param name="HasLargerFont">Set clearly larger than the body text; such headings are ranked by size.</param>
    /// <param name="Numbering">The numbering of the first line, which gives a numbered heading its level.</param>
    private sealed record Item(PdfTextLine Line, Kind Kind, string Text, bool HasLargerFont, NumberedHeading? Numbering)
    {
        public bool IsHeading => Kind != Kind.Body;
    }

    private sealed class HeadingLevels
    {
        private readonly List<double> _largerSizes;
        private readonly Item? _titleItem;
        private readonly bool _hasChapters;

        public HeadingLevels(List<Item> items, Item? titleItem, string? title, bool hasChapters)
        {
            // The largest text is the title only when it says what the declared title says (or there is none).
            _titleItem = titleItem is not null && string.Equals(titleItem.Text, title, StringComparison.OrdinalIgnoreCase) ? titleItem : null;
            _hasChapters = hasChapters;
            _largerSizes = items
                .Where(item => item.IsHeading && item.HasLargerFont && !ReferenceEquals(item, _titleItem))
                .Select(item => RoundedSize(item.Line))
                .Distinct()
                .OrderDescending()
                .ToList();
        }

        public int LevelOf(Item item) => item.Kind switch
        {
            _ when ReferenceEquals(item, _titleItem) => 0,
            Kind.Numbered => item.Numbering!.LevelIn(_hasChapters),
            Kind.LargerFont => _largerSizes.IndexOf(RoundedSize(item.Line)) + 1,
            _ => _largerSizes.Count + 1,
        };

        private static double RoundedSize(PdfTextLine line) => Math.Round(line.FontSize * 2) / 2;
    }
}
