using TeamBot.Core.Formatting;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Splits a PDF by headings recognised from the text layout (font size, bold, numbering), page by page
/// in reading order. The title is the document information Title, else the largest text on the first page with text,
/// else the file name.
/// </summary>
public sealed class PdfSectionSplitter(int maxPages = 1_000) : IDocumentSectionSplitter
{
    private const string DamagedMessage = "Het bestand is geen geldige pdf of is beschadigd. Maak de pdf opnieuw aan.";

    // Titles that export tools fill in for the author; they say nothing about the document.
    private static readonly string[] MeaninglessTitlePrefixes = ["Microsoft Word - ", "Untitled", "Naamloos"];

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public ContractDocument Split(string fileName, byte[] content) =>
        ReadFailures.Translate(() => SplitDocument(fileName, content), DamagedMessage);

    private ContractDocument SplitDocument(string fileName, byte[] content)
    {
        using var pdf = Open(content);
        if (pdf.NumberOfPages > maxPages)
            throw new DocumentReadException($"De pdf heeft {pdf.NumberOfPages.ToString("N0", DutchFormat.Culture)} pagina's; contractdocumenten van meer dan {maxPages.ToString("N0", DutchFormat.Culture)} pagina's worden niet gelezen.");
        var detected = PdfHeadingDetector.Detect(PdfLineReader.Read(pdf), DeclaredTitle(pdf));
        return SectionBuilder.Build(detected.Title ?? DocumentTitles.FromFileName(fileName), fileName, content, detected.Lines);
    }

    private static PdfDocument Open(byte[] content)
    {
        try
        {
            return PdfDocument.Open(content);
        }
        catch (PdfDocumentEncryptedException exception)
        {
            throw new DocumentReadException("De pdf is met een wachtwoord beveiligd. Lever een pdf zonder beveiliging aan.", exception);
        }
    }

    private static string? DeclaredTitle(PdfDocument pdf)
    {
        var title = SectionText.NormaliseLine(pdf.Information.Title ?? "");
        var meaningless = title.Length == 0
            || MeaninglessTitlePrefixes.Any(prefix => title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            || Path.GetExtension(title).ToLowerInvariant() is ".doc" or ".docx" or ".pdf";
        return meaningless ? null : title;
    }
}
