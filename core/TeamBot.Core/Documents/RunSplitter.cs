using System.Text;
using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// Builds the runs that replace one run with marks: each stretch of the same formatting is a run with a copy of the
/// original properties plus bold, italic or superscript. A note's runs are kept apart and start unformatted.
/// </summary>
internal sealed class RunSplitter(XElement? baseProperties)
{
    private readonly List<XElement> output = [];
    private readonly StringBuilder text = new();
    private List<XElement>? note;
    private Formatting state;
    private Formatting outside;
    private XElement? current;

    private record struct Formatting(int Bold, int Italic, int Superscript);

    /// <summary>While an image mark is open: the key read so far.</summary>
    public StringBuilder? ImageKey { get; set; }

    private List<XElement> Target => note ?? output;

    public void AddText(char c) => text.Append(c);

    /// <summary>A break, tab or other run content of the original run, in the formatting at that point.</summary>
    public void AddElement(XElement element)
    {
        FlushText();
        Current().Add(element);
    }

    public void AddRun(XElement run)
    {
        Close();
        Target.Add(run);
    }

    /// <summary>A note where Word allows no footnote (a header, a note itself): its text in brackets.</summary>
    public void AddInline(List<XElement> noteRuns)
    {
        Close();
        Target.Add(TextRun(" ("));
        Target.AddRange(noteRuns);
        Target.Add(TextRun(")"));
    }

    public void Toggle(char mark)
    {
        Close();
        state = mark switch
        {
            RichMarks.BoldOn => state with { Bold = state.Bold + 1 },
            RichMarks.BoldOff => state with { Bold = Math.Max(0, state.Bold - 1) },
            RichMarks.ItalicOn => state with { Italic = state.Italic + 1 },
            RichMarks.ItalicOff => state with { Italic = Math.Max(0, state.Italic - 1) },
            RichMarks.SuperscriptOn => state with { Superscript = state.Superscript + 1 },
            _ => state with { Superscript = Math.Max(0, state.Superscript - 1) },
        };
    }

    public void StartNote()
    {
        Close();
        if (note is not null) return;
        note = [];
        outside = state;
        state = default;
    }

    public List<XElement>? EndNote()
    {
        Close();
        if (note is not { } finished) return null;
        note = null;
        state = outside;
        return finished;
    }

    /// <summary>The runs; a note left open keeps its text in the line.</summary>
    public List<XElement> Finish()
    {
        if (EndNote() is { } open) output.AddRange(open);
        Close();
        return output;
    }

    private XElement Current()
    {
        if (current is not null) return current;
        current = new XElement(Run, Properties());
        Target.Add(current);
        return current;
    }

    private void FlushText()
    {
        if (text.Length == 0) return;
        Current().Add(TextElement(text.ToString()));
        text.Clear();
    }

    private void Close()
    {
        FlushText();
        current = null;
    }

    private XElement TextRun(string value) => new(Run, baseProperties is null ? null : new XElement(baseProperties), TextElement(value));

    private static XElement TextElement(string value) => new(Text, new XAttribute(XmlSpace, "preserve"), value);

    private XElement? Properties()
    {
        var properties = note is null && baseProperties is not null ? new XElement(baseProperties) : new XElement(RunProperties);
        if (state.Bold > 0) SetOn(properties, "b", "bCs");
        if (state.Italic > 0) SetOn(properties, "i", "iCs");
        if (state.Superscript > 0) SchemaOrder.SetRunProperty(properties, new XElement(W + "vertAlign", new XAttribute(ValAttribute, "superscript")));
        return properties.HasElements || properties.HasAttributes ? properties : null;
    }

    private static void SetOn(XElement properties, params string[] names)
    {
        foreach (var name in names) SchemaOrder.SetRunProperty(properties, new XElement(W + name));
    }
}
