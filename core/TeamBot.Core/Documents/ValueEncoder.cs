using System.Text;
using System.Xml;

namespace TeamBot.Core.Documents;

/// <summary>
/// How a value written by a tag lands in the output. In document text it is XML-escaped and line
/// breaks and tabs become w:br and w:tab (closing and reopening the text element it stands in);
/// in a plain property (the title) they become spaces. Characters XML cannot hold are dropped, and so are
/// <see cref="RichMarks"/>: only <see cref="EncodeMarkup"/> and <see cref="EncodeMark"/> write those.
/// </summary>
internal sealed class ValueEncoder
{
    private readonly string lineBreak;
    private readonly string tab;
    private readonly bool escape;

    private ValueEncoder(string lineBreak, string tab, bool escape)
    {
        this.lineBreak = lineBreak;
        this.tab = tab;
        this.escape = escape;
    }

    public static ValueEncoder PlainText { get; } = new(" ", " ", escape: false);

    /// <summary>For values inside a w:t; <paramref name="prefix"/> is the part's "w:".</summary>
    public static ValueEncoder RunText(string prefix) => new(
        $"</{prefix}t><{prefix}br/><{prefix}t xml:space=\"preserve\">",
        $"</{prefix}t><{prefix}tab/><{prefix}t xml:space=\"preserve\">",
        escape: true);

    public string Encode(string value) => Encode(value, keepMarks: false);

    /// <summary>A plan text: its markup becomes marks in document text, and plain text in a property.</summary>
    public string EncodeMarkup(string value) =>
        escape ? Encode(TextMarkup.ToMarks(value), keepMarks: true) : Encode(TextMarkup.ToPlain(value));

    /// <summary>An image or numbering restart from a template function; a plain property has no room for it.</summary>
    public string EncodeMark(WordMark mark) => escape ? Encode(mark.Marks, keepMarks: true) : "";

    private string Encode(string value, bool keepMarks)
    {
        var encoded = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n') continue;
            if (c is '\r' or '\n') encoded.Append(lineBreak);
            else if (c == '\t') encoded.Append(tab);
            else if (RichMarks.IsMark(c)) { if (keepMarks) encoded.Append(c); }
            else if (escape && Escaped(c) is { } entity) encoded.Append(entity);
            else if (XmlConvert.IsXmlChar(c)) encoded.Append(c);
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], c)) encoded.Append(c).Append(value[++i]);
        }
        return encoded.ToString();
    }

    private static string? Escaped(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&apos;",
        _ => null,
    };
}
