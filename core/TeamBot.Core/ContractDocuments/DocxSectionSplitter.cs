using DocumentFormat.OpenXml.Packaging;
using TeamBot.Core.Packages;

namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Splits a Word document by its heading styles (Heading1..9, Kop1..9, Title/Titel, outline levels);
/// tables are read row by row. The title comes from the document properties, else the Title-style
/// paragraph, else the first heading, else the file name.
/// </summary>
public sealed class DocxSectionSplitter : IDocumentSectionSplitter
{
    private const string DamagedMessage =
        "Het bestand is geen geldig Word-document (.docx) of is beschadigd. Open het in Word en sla het opnieuw op als .docx.";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public ContractDocument Split(string fileName, byte[] content) =>
        ReadFailures.Translate(() => SplitDocument(fileName, content), DamagedMessage);

    private static ContractDocument SplitDocument(string fileName, byte[] content)
    {
        if (ZipGuard.Problem(content, ZipLimits.Office) is { } tooLarge) throw new DocumentReadException(tooLarge);
        using var stream = new MemoryStream(content, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var mainPart = document.MainDocumentPart;
        var body = mainPart?.Document?.Body ?? throw new DocumentReadException(DamagedMessage);
        var lines = new DocxBodyReader(DocxHeadingStyles.From(mainPart)).Read(body);
        var title = TitleOf(document, lines) ?? DocumentTitles.FromFileName(fileName);
        return SectionBuilder.Build(title, fileName, content, lines);
    }

    private static string? TitleOf(WordprocessingDocument document, IReadOnlyList<DocumentLine> lines)
    {
        var propertyTitle = SectionText.NormaliseLine(document.PackageProperties.Title ?? "");
        if (propertyTitle.Length > 0) return propertyTitle;
        var headings = lines.Where(line => line.HeadingLevel is not null).ToList();
        var titleParagraphs = headings.Where(line => line.HeadingLevel == DocxHeadingStyles.TitleLevel);
        return titleParagraphs.Concat(headings).Select(line => SectionText.NormaliseLine(line.Text)).FirstOrDefault();
    }
}
