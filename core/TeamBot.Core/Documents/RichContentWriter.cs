using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace TeamBot.Core.Documents;

/// <summary>
/// After every part rendered: turns marks into runs, footnotes, drawings and restarted lists, and adds what they need
/// to the package (footnotes part and styles, numbering instances, media parts).
/// </summary>
internal static class RichContentWriter
{
    /// <summary>Far beyond a plan's formatting; bounds the elements a looped, heavily formatted value can build.</summary>
    private const int MaxMarks = 200_000;

    public static void Write(WordPackage package, List<(TemplatePart Part, XDocument Xml)> rendered, DocumentValues values,
        DrawingIds drawingIds, long maxCharacters, TemplateProblemList problems)
    {
        var main = rendered.FirstOrDefault(entry => entry.Part.Part is MainDocumentPart);
        var notes = rendered.FirstOrDefault(entry => entry.Part.Part is FootnotesPart);
        var styles = package.Styles(maxCharacters);
        var footnotes = new FootnoteWriter(FootnoteWriter.FirstFreeId(notes.Xml ?? package.ExistingFootnotes(maxCharacters)), FootnoteStyles.Find(styles));
        var listStarts = new HashSet<XElement>();
        var budget = new RichBudget(MaxMarks);
        var textArea = ImagePlacer.TextAreaEmu(main.Xml?.Root);
        foreach (var (part, xml) in rendered)
        {
            var images = new ImagePlacer(values.Images, part, drawingIds, textArea, problems);
            new RichRunWriter(part.Part is MainDocumentPart ? footnotes : null, images, listStarts, budget).Apply(xml.Root!);
        }
        if (budget.Exhausted)
        {
            problems.Add(new TemplateProblem("", "bestand", "hele document", null,
                $"Het document bevat meer dan {MaxMarks:N0} opmaakwisselingen (vet, cursief, voetnoten); maak de tekst of de herhaling kleiner."));
            return;
        }
        if (main.Xml?.Root is { } document) footnotes.NumberInDocumentOrder(document);
        var stylesChanged = AddFootnotes(package, rendered, notes.Xml, footnotes, maxCharacters);
        if (main.Xml?.Root is { } body && listStarts.Count > 0) RestartLists(package, body, listStarts, styles, maxCharacters);
        if (stylesChanged) package.WriteStyles(styles!);
    }

    /// <summary>Into the rendered footnotes, or the template's untouched ones (a part without tags is not rendered), or a new part.</summary>
    private static bool AddFootnotes(WordPackage package, List<(TemplatePart Part, XDocument Xml)> rendered,
        XDocument? renderedNotes, FootnoteWriter footnotes, long maxCharacters)
    {
        if (footnotes.Notes.Count == 0) return false;
        var xml = renderedNotes;
        if (xml is null)
        {
            var (part, added) = package.FootnotesPart();
            xml = added ? FootnoteWriter.NewPart() : WordPackage.Read(part, maxCharacters);
            rendered.Add((new TemplatePart("voetnoten", part), xml));
        }
        xml.Root!.Add(footnotes.Notes);
        return footnotes.Styles.AddMissing();
    }

    private static void RestartLists(WordPackage package, XElement body, IReadOnlySet<XElement> listStarts, XDocument? styles, long maxCharacters)
    {
        if (package.Numbering(maxCharacters) is not { } numbering) return;
        if (new NumberingRestarter(numbering, styles).Restart(body, listStarts)) package.WriteNumbering(numbering);
    }
}
