using System.Text;

namespace TeamBot.Core.Documents;

/// <summary>Writes Scriban template text: raw text Scriban must copy untouched, and tag code.</summary>
internal static class ScribanText
{
    /// <summary>
    /// An escape block ({%{ … }%}) whose closing delimiter ("}%}", "}%%}", …) does not occur in the raw text. Scriban
    /// reads a '-' or '~' just inside the block's braces as whitespace control and drops it ("{{ jaar }}-{{ volgend }}"
    /// would print "20192020"), so such a first or last character is written as a string literal instead.
    /// </summary>
    public static void AppendRaw(StringBuilder text, ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty) return;
        if (IsTrimMarker(raw[0]))
        {
            AppendLiteral(text, raw[0]);
            AppendRaw(text, raw[1..]);
            return;
        }
        if (IsTrimMarker(raw[^1]))
        {
            AppendRaw(text, raw[..^1]);
            AppendLiteral(text, raw[^1]);
            return;
        }
        AppendEscaped(text, raw);
    }

    /// <summary>Appends "{{code}}" and returns where it starts.</summary>
    public static int AppendTag(StringBuilder text, string code)
    {
        var start = text.Length;
        text.Append(TagScanner.Open).Append(code).Append(TagScanner.Close);
        return start;
    }

    private static bool IsTrimMarker(char c) => c is '-' or '~';

    private static void AppendEscaped(StringBuilder text, ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty) return;
        var percents = 1;
        while (raw.Contains(("}" + new string('%', percents) + "}").AsSpan(), StringComparison.Ordinal)) percents++;
        text.Append('{').Append('%', percents).Append('{').Append(raw).Append('}').Append('%', percents).Append('}');
    }

    private static void AppendLiteral(StringBuilder text, char c) => text.Append(TagScanner.Open).Append('"').Append(c).Append('"').Append(TagScanner.Close);
}
