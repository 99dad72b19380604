using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// Places the render's images in one part: each image once as a media part with a relationship from this part, and
/// an inline drawing per placement, as wide as the text (or its share of it, or the table cell) with the aspect kept.
/// </summary>
internal sealed class ImagePlacer(
    IReadOnlyDictionary<string, DocumentImage> images, TemplatePart part, DrawingIds ids, (long Width, long Height) textArea, TemplateProblemList problems)
{
    private const long EmuPerTwip = 635;
    private const long CellPaddingTwips = 216;
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly Dictionary<string, string> relationships = [];

    /// <summary>The drawing run for <paramref name="key"/>, or null with a problem when the render has no such image.</summary>
    public XElement? Drawing(string key, XElement run)
    {
        if (!images.TryGetValue(key, out var image))
        {
            problems.Add(new TemplateProblem("", part.Label, $"afbeelding '{WordXml.Shorten(key)}'", null,
                "Deze afbeelding hoort niet bij de gegevens van dit document; een sjabloon kan alleen afbeeldingen uit de plangegevens plaatsen."));
            return null;
        }
        var width = WidthEmu(image, run);
        var height = width * image.PixelHeight / image.PixelWidth;
        // A tall picture as wide as the text would run off the page: it is fitted to the text height instead.
        if (height > textArea.Height)
        {
            width = Math.Max(1, width * textArea.Height / height);
            height = textArea.Height;
        }
        return new XElement(Run, run.Element(RunProperties) is { } properties ? new XElement(properties) : null,
            new XElement(W + "drawing", Inline(image, Relationship(key, image), width, height, ids.Next())));
    }

    private string Relationship(string key, DocumentImage image)
    {
        if (relationships.TryGetValue(key, out var id)) return id;
        var media = part.Part.AddNewPart<ImagePart>(image.ContentType, null);
        using (var stream = media.GetStream(FileMode.Create, FileAccess.Write)) stream.Write(image.Content);
        id = part.Part.GetIdOfPart(media);
        relationships[key] = id;
        return id;
    }

    private long WidthEmu(DocumentImage image, XElement run)
    {
        var available = textArea.Width;
        if (run.Ancestors(TableCell).FirstOrDefault()?.Element(TableCellProperties)?.Element(W + "tcW") is { } cellWidth &&
            (string?)cellWidth.Attribute(TypeAttribute) == "dxa" && long.TryParse((string?)cellWidth.Attribute(W + "w"), out var twips) && twips > CellPaddingTwips)
            available = Math.Min(available, (twips - CellPaddingTwips) * EmuPerTwip);
        return Math.Max(1, available * image.WidthPercent / 100);
    }

    private static XElement Inline(DocumentImage image, string relationship, long width, long height, uint id)
    {
        var name = new XAttribute("name", image.Name);
        return new XElement(Wp + "inline",
            new XAttribute("distT", 0), new XAttribute("distB", 0), new XAttribute("distL", 0), new XAttribute("distR", 0),
            new XElement(Wp + "extent", new XAttribute("cx", width), new XAttribute("cy", height)),
            new XElement(Wp + "effectExtent", new XAttribute("l", 0), new XAttribute("t", 0), new XAttribute("r", 0), new XAttribute("b", 0)),
            new XElement(Wp + "docPr", new XAttribute("id", id), name, new XAttribute("descr", TextMarkup.ToPlain(image.Description ?? image.Name))),
            new XElement(Wp + "cNvGraphicFramePr", new XElement(A + "graphicFrameLocks", new XAttribute("noChangeAspect", 1))),
            new XElement(A + "graphic",
                new XElement(A + "graphicData", new XAttribute("uri", Pic.NamespaceName),
                    new XElement(Pic + "pic",
                        new XElement(Pic + "nvPicPr", new XElement(Pic + "cNvPr", new XAttribute("id", 0), name), new XElement(Pic + "cNvPicPr")),
                        new XElement(Pic + "blipFill", new XElement(A + "blip", new XAttribute(R + "embed", relationship)), new XElement(A + "stretch", new XElement(A + "fillRect"))),
                        new XElement(Pic + "spPr",
                            new XElement(A + "xfrm", new XElement(A + "off", new XAttribute("x", 0), new XAttribute("y", 0)),
                                new XElement(A + "ext", new XAttribute("cx", width), new XAttribute("cy", height))),
                            new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")))))));
    }

    /// <summary>The page minus the margins of the body's last section, in EMU; A4 with 2,5 cm margins when unstated.</summary>
    public static (long Width, long Height) TextAreaEmu(XElement? mainRoot)
    {
        var section = mainRoot?.Element(Body)?.Element(SectionProperties);
        var size = section?.Element(W + "pgSz");
        var margins = section?.Element(W + "pgMar");
        var width = (Twips(size, "w") ?? 11906) - (Twips(margins, "left") ?? 1417) - (Twips(margins, "right") ?? 1417) - (Twips(margins, "gutter") ?? 0);
        var height = (Twips(size, "h") ?? 16838) - (Twips(margins, "top") ?? 1417) - (Twips(margins, "bottom") ?? 1417);
        // Room for a caption under the picture.
        return (Math.Max(1440, width) * EmuPerTwip, Math.Max(1440, height - 1440) * EmuPerTwip);
    }

    private static long? Twips(XElement? element, string attribute) =>
        long.TryParse((string?)element?.Attribute(W + attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
