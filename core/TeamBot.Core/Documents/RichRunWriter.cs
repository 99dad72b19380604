using System.Text;
using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// Turns the <see cref="RichMarks"/> in a rendered part into Word: a run holding marks is split into runs that copy
/// its properties and add bold, italic or superscript; a note becomes a footnote reference (or, where Word allows
/// none, its text in brackets); an image mark becomes a drawing; a list-start mark is handed to the numbering.
/// Stray or unbalanced marks (a template may type them) are dropped, never trusted.
/// </summary>
internal sealed class RichRunWriter(FootnoteWriter? footnotes, ImagePlacer images, ICollection<XElement> listStarts, RichBudget budget)
{
    public void Apply(XElement root)
    {
        // Inner runs first (a text box in a drawing): copying an outer run then copies finished content.
        foreach (var run in root.Descendants(Run).Where(HasMarks).Reverse().ToList()) Replace(run);
        foreach (var text in root.DescendantNodes().OfType<XText>().Where(text => RichMarks.Contains(text.Value)).ToList())
            text.Value = RichMarks.Strip(text.Value);
    }

    private static bool HasMarks(XElement run) => run.Elements(Text).Any(text => RichMarks.Contains(text.Value));

    private void Replace(XElement run)
    {
        var split = new RunSplitter(run.Element(RunProperties));
        foreach (var child in run.Elements().Where(child => child.Name != RunProperties))
        {
            if (child.Name != Text) split.AddElement(new XElement(child));
            else foreach (var c in child.Value) Read(c, split, run);
        }
        var output = split.Finish();
        run.ReplaceWith(output);
    }

    private void Read(char c, RunSplitter split, XElement run)
    {
        if (budget.Exhausted) return;
        if (split.ImageKey is { } key)
        {
            if (c == RichMarks.ImageOff) Place(split, run, key.ToString());
            else if (!RichMarks.IsMark(c)) key.Append(c);
            return;
        }
        if (!RichMarks.IsMark(c))
        {
            split.AddText(c);
            return;
        }
        budget.Spend();
        switch (c)
        {
            case RichMarks.BoldOn or RichMarks.BoldOff or RichMarks.ItalicOn or RichMarks.ItalicOff or RichMarks.SuperscriptOn or RichMarks.SuperscriptOff:
                split.Toggle(c);
                break;
            case RichMarks.NoteOn:
                split.StartNote();
                break;
            case RichMarks.NoteOff when split.EndNote() is { } note:
                if (footnotes is null) split.AddInline(note);
                else split.AddRun(footnotes.Reference(note));
                break;
            case RichMarks.ImageOn:
                split.ImageKey = new StringBuilder();
                break;
            case RichMarks.ListStart when run.Ancestors(Paragraph).FirstOrDefault() is { } paragraph:
                listStarts.Add(paragraph);
                break;
        }
    }

    private void Place(RunSplitter split, XElement run, string key)
    {
        split.ImageKey = null;
        if (images.Drawing(key, run) is { } drawing) split.AddRun(drawing);
    }
}
