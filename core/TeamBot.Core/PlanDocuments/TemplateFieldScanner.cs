using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Scriban;
using TeamBot.Core.Documents;
using TeamBot.Core.Packages;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// Reads a template's tags (body, headers, footers, notes, title) and lists the model paths they use,
/// such as "kostenverdelingen[].regels[].gemeente", so a user sees which data a template needs.
/// </summary>
internal static class TemplateFieldScanner
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IReadOnlyList<string> Scan(byte[] template)
    {
        try
        {
            using var stream = new MemoryStream();
            using var document = Open(template, stream);
            var fields = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var part in TagParts(document)) Collect(TagsOf(part), fields);
            Collect(TagsIn(document.PackageProperties.Title ?? "").ToList(), fields);
            return fields.ToList();
        }
        catch (Exception exception) when (exception is XmlException or OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            // A template that cannot be opened uses no fields; rendering it reports why.
            return [];
        }
    }

    private static WordprocessingDocument Open(byte[] template, MemoryStream stream)
    {
        var docx = FlatOpcPackage.IsFlatOpc(template) ? FlatOpcPackage.ToDocx(template) : template;
        if (ZipGuard.Problem(docx, ZipLimits.Office) is { } tooLarge) throw new InvalidDataException(tooLarge);
        stream.Write(docx);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, isEditable: false);
    }

    private static IEnumerable<OpenXmlPart> TagParts(WordprocessingDocument document)
    {
        if (document.MainDocumentPart is not { } main) yield break;
        yield return main;
        foreach (var header in main.HeaderParts) yield return header;
        foreach (var footer in main.FooterParts) yield return footer;
        if (main.FootnotesPart is { } footnotes) yield return footnotes;
        if (main.EndnotesPart is { } endnotes) yield return endnotes;
    }

    /// <summary>Each paragraph's own text (tracked deletions are w:delText and stay out), tags taken from it in order.</summary>
    private static List<string> TagsOf(OpenXmlPart part)
    {
        using var input = part.GetStream(FileMode.Open, FileAccess.Read);
        var root = XDocument.Load(input).Root;
        if (root is null) return [];
        return root.Descendants(W + "p")
            .Select(paragraph => string.Concat(paragraph.Descendants(W + "t").Where(t => t.Ancestors(W + "p").First() == paragraph).Select(t => t.Value)))
            .SelectMany(TagsIn)
            .ToList();
    }

    private static IEnumerable<string> TagsIn(string text)
    {
        foreach (var span in TagScanner.Scan(text).Tags)
        {
            var inner = text.Substring(span.Start + TagScanner.Open.Length, span.Length - TagScanner.Open.Length - TagScanner.Close.Length);
            yield return TagCode.Read(inner).Code;
        }
    }

    /// <summary>Blocks span tags, so the part's tags are parsed as one script; a broken script falls back to tag by tag.</summary>
    private static void Collect(List<string> tags, SortedSet<string> fields)
    {
        if (tags.Count == 0) return;
        var whole = Template.Parse(string.Concat(tags.Select(code => TagScanner.Open + code + TagScanner.Close)));
        if (!whole.HasErrors)
        {
            fields.UnionWith(TemplateReadCollector.ModelPaths(TemplateReadCollector.Collect(whole.Page!)));
            return;
        }
        foreach (var tag in tags)
        {
            var single = Template.Parse(TagScanner.Open + tag + TagScanner.Close);
            if (!single.HasErrors) fields.UnionWith(TemplateReadCollector.ModelPaths(TemplateReadCollector.Collect(single.Page!)));
        }
    }
}
