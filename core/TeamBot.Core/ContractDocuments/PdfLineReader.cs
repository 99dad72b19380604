using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Extracts the lines of every page in reading order: words by nearest neighbour, text blocks by Docstrum,
/// blocks ordered by the unsupervised reading order detector. Page numbers are left out.
/// </summary>
internal static partial class PdfLineReader
{
    // A line counts as bold when this share of its letters is; a bold word inside a body line does not make it a heading.
    private const double BoldShare = 0.9;

    public static IReadOnlyList<PdfTextLine> Read(PdfDocument pdf) =>
        pdf.GetPages().SelectMany(ReadPage).Where(line => !IsPageNumber(line.Text)).ToList();

    private static IEnumerable<PdfTextLine> ReadPage(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(word => !string.IsNullOrWhiteSpace(word.Text))
            .ToList();
        if (words.Count == 0) return [];
        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words))
            .OrderBy(block => block.ReadingOrder);
        return blocks.SelectMany(block => block.TextLines.Select((line, index) => ToLine(line, page.Number, index == 0)));
    }

    private static PdfTextLine ToLine(TextLine line, int pageNumber, bool startsBlock)
    {
        var letters = line.Words.SelectMany(word => word.Letters).Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        var boldLetters = letters.Count(IsBold);
        var text = SectionText.NormaliseLine(string.Join(' ', line.Words.Select(word => word.Text)));
        return new PdfTextLine(text, Median(letters.Select(letter => letter.PointSize)), boldLetters >= letters.Count * BoldShare, pageNumber, startsBlock);
    }

    private static bool IsBold(Letter letter)
    {
        if (letter.FontDetails?.IsBold == true) return true;
        var fontName = letter.FontName ?? "";
        return fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static bool IsPageNumber(string text) => PageNumber().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:pagina|page|blz\.?|p\.)\s*)?-?\s*\d{1,4}\s*-?(?:\s*(?:van|of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
