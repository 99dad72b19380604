using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using TeamBot.Core.Packages;

namespace TeamBot.Core.Documents;

/// <summary>
/// A template opened for editing in memory, as a .docx zip or as Flat OPC XML; saved back as the same kind.
/// The template's own bytes are never changed.
/// </summary>
internal sealed partial class WordPackage : IDisposable
{
    private const string FlatOpcNamespace = "http://schemas.microsoft.com/office/2006/xmlPackage";
    private const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private readonly MemoryStream stream;
    private readonly WordprocessingDocument document;

    private WordPackage(TemplatePackageKind kind, MemoryStream stream, WordprocessingDocument document)
    {
        Kind = kind;
        this.stream = stream;
        this.document = document;
    }

    public TemplatePackageKind Kind { get; }

    public static TemplatePackageKind KindOf(byte[] bytes) =>
        bytes.Length >= 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' ? TemplatePackageKind.Docx : TemplatePackageKind.FlatOpc;

    /// <summary>Opens the template, or throws <see cref="InvalidDataException"/> with a Dutch reason.</summary>
    public static WordPackage Open(byte[] bytes)
    {
        var kind = KindOf(bytes);
        var stream = new MemoryStream();
        try
        {
            var document = kind == TemplatePackageKind.Docx ? OpenDocx(bytes, stream) : OpenFlatOpc(bytes, stream);
            if (document.MainDocumentPart is null) throw new InvalidDataException("Het bestand heeft geen hoofdtekst (word/document.xml).");
            return new WordPackage(kind, stream, document);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException or NotSupportedException)
        {
            stream.Dispose();
            throw new InvalidDataException(exception.Message, exception);
        }
    }

    private static WordprocessingDocument OpenDocx(byte[] bytes, MemoryStream stream)
    {
        if (ZipGuard.Problem(bytes, ZipLimits.Office) is { } tooLarge) throw new InvalidDataException(tooLarge);
        stream.Write(bytes);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, isEditable: true);
    }

    private static WordprocessingDocument OpenFlatOpc(byte[] bytes, MemoryStream stream)
    {
        using var input = new MemoryStream(bytes, writable: false);
        var xml = SafeXml.Load(input);
        if (xml.Root?.Name != XName.Get("package", FlatOpcNamespace))
        {
            throw new InvalidDataException("Het bestand is geen .docx en geen Flat OPC-document (Word XML-document, pkg:package).");
        }
        return WordprocessingDocument.FromFlatOpcDocument(xml, stream, isEditable: true);
    }

    /// <summary>The parts that may hold tags: body, headers, footers, footnotes, endnotes.</summary>
    public IReadOnlyList<TemplatePart> TemplateParts()
    {
        var main = document.MainDocumentPart!;
        var parts = new List<TemplatePart> { new("hoofdtekst", main) };
        parts.AddRange(main.HeaderParts.OrderBy(NameOf).Select(part => new TemplatePart(Numbered("koptekst", part), part)));
        parts.AddRange(main.FooterParts.OrderBy(NameOf).Select(part => new TemplatePart(Numbered("voettekst", part), part)));
        if (main.FootnotesPart is { } footnotes) parts.Add(new TemplatePart("voetnoten", footnotes));
        if (main.EndnotesPart is { } endnotes) parts.Add(new TemplatePart("eindnoten", endnotes));
        return parts;
    }

    /// <summary>The styles part, or null when there is none or it cannot be read (headings are then found by style id only).</summary>
    public XDocument? Styles(long maxCharacters) => ReadOrNull(document.MainDocumentPart?.StyleDefinitionsPart, maxCharacters);

    /// <summary>The numbering part (list definitions), or null when there is none or it cannot be read.</summary>
    public XDocument? Numbering(long maxCharacters) => ReadOrNull(document.MainDocumentPart?.NumberingDefinitionsPart, maxCharacters);

    private static XDocument? ReadOrNull(OpenXmlPart? part, long maxCharacters)
    {
        if (part is null) return null;
        try
        {
            return Read(part, maxCharacters);
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException)
        {
            return null;
        }
    }

    public void WriteNumbering(XDocument xml) => Write(document.MainDocumentPart!.NumberingDefinitionsPart!, xml);

    public void WriteStyles(XDocument xml) => Write(document.MainDocumentPart!.StyleDefinitionsPart!, xml);

    /// <summary>The template's footnotes as they are, or null when it has none.</summary>
    public XDocument? ExistingFootnotes(long maxCharacters) =>
        document.MainDocumentPart?.FootnotesPart is { } notes ? Read(notes, maxCharacters) : null;

    /// <summary>The footnotes part, added empty (with its relationship and content type, also in Flat OPC) when there is none.</summary>
    public (OpenXmlPart Part, bool Added) FootnotesPart()
    {
        var main = document.MainDocumentPart!;
        return main.FootnotesPart is { } existing ? (existing, false) : (main.AddNewPart<FootnotesPart>(), true);
    }

    public string? Title
    {
        get => document.PackageProperties.Title;
        set => document.PackageProperties.Title = value;
    }

    /// <summary>Reads a part's XML; refuses parts larger than <paramref name="maxCharacters"/> (a zip bomb).</summary>
    public static XDocument Read(OpenXmlPart part, long maxCharacters)
    {
        using var input = part.GetStream(FileMode.Open, FileAccess.Read);
        if (input.CanSeek && input.Length > maxCharacters)
        {
            throw new InvalidDataException($"Het onderdeel {NameOf(part)} is groter dan de limiet van {maxCharacters / (1024 * 1024)} MB.");
        }
        return SafeXml.Load(input);
    }

    public static void Write(OpenXmlPart part, XDocument xml)
    {
        using var output = part.GetStream(FileMode.Create, FileAccess.Write);
        SafeXml.Save(xml, output);
    }

    /// <summary>Closes the package and returns it in the template's own kind.</summary>
    public byte[] Save()
    {
        if (Kind == TemplatePackageKind.FlatOpc)
        {
            var flat = document.ToFlatOpcString();
            document.Dispose();
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(WithDeclaration(flat));
        }
        document.Dispose();
        return stream.ToArray();
    }

    /// <summary>Word writes Flat OPC with an XML declaration before its mso-application instruction; so do we.</summary>
    private static string WithDeclaration(string flat) =>
        flat.StartsWith("<?xml ", StringComparison.Ordinal) ? flat : XmlDeclaration + "\n" + flat;

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private static string NameOf(OpenXmlPart part) => Path.GetFileName(part.Uri.OriginalString);

    /// <summary>"koptekst 1" for word/header1.xml: the number Word gave the file.</summary>
    private static string Numbered(string label, OpenXmlPart part) =>
        TrailingNumber().Match(Path.GetFileNameWithoutExtension(part.Uri.OriginalString)) is { Success: true } match
            ? $"{label} {match.Value}"
            : $"{label} ({NameOf(part)})";

    [GeneratedRegex(@"\d+$")]
    private static partial Regex TrailingNumber();
}
