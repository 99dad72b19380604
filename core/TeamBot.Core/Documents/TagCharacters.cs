using System.Text;

namespace TeamBot.Core.Documents;

/// <summary>
/// Undoes Word's AutoCorrect inside tag code, so the code reads as the author typed it: curly quotes are quotes,
/// an en or em dash (" - " becomes " – ") is a minus, an ellipsis ("..." becomes "…") is "..", a fraction
/// character ("1/2" becomes "½") is the division, and non-breaking or narrow spaces are spaces. Text between
/// quotes is left as typed, so "{{ x | string.append " – " }}" still writes an en dash.
/// </summary>
internal static class TagCharacters
{
    public static string Normalize(string code)
    {
        if (code.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u007F') < 0) return code;
        var normalized = new StringBuilder(code.Length);
        char? quote = null;
        var escaped = false;
        foreach (var c in code)
        {
            if (quote is char open)
            {
                var closes = !escaped && Quote(c) == open;
                escaped = !escaped && c == '\\' && open != '`';
                normalized.Append(closes ? open : c);
                if (closes) quote = null;
                continue;
            }
            if (Quote(c) is char opening)
            {
                quote = opening;
                normalized.Append(opening);
                continue;
            }
            if (Typed(c) is { } typed) normalized.Append(typed);
            else normalized.Append(c);
        }
        return normalized.ToString();
    }

    /// <summary>The straight quote a quote character stands for: Word turns both " and ' into curly ones.</summary>
    private static char? Quote(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '`' => '`',
        _ => null,
    };

    /// <summary>What the author typed before AutoCorrect replaced it.</summary>
    private static string? Typed(char c) => c switch
    {
        '\u2013' or '\u2014' or '\u2212' or '\u2010' or '\u2011' => "-",
        '\u2026' => "..",
        '\u00BD' => "1/2",
        '\u00BC' => "1/4",
        '\u00BE' => "3/4",
        '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u200A' or '\u2002' or '\u2003' => " ",
        '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' => "",
        _ => null,
    };
}
