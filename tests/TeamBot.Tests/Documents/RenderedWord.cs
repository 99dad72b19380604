using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamBot.Tests.Documents;

/// <summary>A rendered document read back: the texts a reader sees, paragraph by paragraph and cell by cell.</summary>
internal sealed class RenderedWord : IDisposable
{
    private readonly WordprocessingDocument document;

    public RenderedWord(byte[] bytes, bool flatOpc = false)
    {
        document = flatOpc
            ? WordprocessingDocument.FromFlatOpcString(Encoding.UTF8.GetString(bytes))
            : WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
    }

    public Body Body => document.MainDocumentPart!.Document.Body!;

    /// <summary>The package itself, for parts beyond the texts (footnotes, styles, numbering, media).</summary>
    public WordprocessingDocument Document => document;

    /// <summary>Each top-level body element: a paragraph's text, or "[tabel]"; the footnote paragraph and sectPr left out.</summary>
    public List<string> BodyTexts() => Body.ChildElements
        .Where(element => element is Paragraph or Table)
        .Select(element => element is Table ? "[tabel]" : TextOf(element))
        .Where(text => text != "Voetnoot hier")
        .ToList();

    public List<List<string>> TableCells(int index = 0) => Body.Elements<Table>().ElementAt(index).Elements<TableRow>()
        .Select(row => row.Elements<TableCell>().Select(CellText).ToList())
        .ToList();

    public List<string> HeaderTexts() => document.MainDocumentPart!.HeaderParts.Single().Header.Elements<Paragraph>().Select(TextOf).ToList();

    public List<string> FooterTexts() => document.MainDocumentPart!.FooterParts.Single().Footer.Elements<Paragraph>().Select(TextOf).ToList();

    public List<string> FootnoteTexts() => document.MainDocumentPart!.FootnotesPart!.Footnotes.Elements<Footnote>()
        .Single(note => note.Id?.Value == 1).Elements<Paragraph>().Select(TextOf).ToList();

    public string? Title => document.PackageProperties.Title;

    public string MainXml => document.MainDocumentPart!.Document.OuterXml;

    /// <summary>Schema errors the Open XML validator finds (Office 2019 rules).</summary>
    public List<string> ValidationErrors() => new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
        .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
        .ToList();

    /// <summary>Text as a reader sees it: breaks as newlines, tabs as tabs, deleted text left out.</summary>
    public static string TextOf(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case Text t: text.Append(t.Text); break;
                case Break: text.Append('\n'); break;
                case TabChar: text.Append('\t'); break;
            }
        }
        return text.ToString();
    }

    /// <summary>A cell's paragraphs joined with "|".</summary>
    public static string CellText(TableCell cell) => string.Join("|", cell.Elements<Paragraph>().Select(TextOf));

    public void Dispose() => document.Dispose();
}
