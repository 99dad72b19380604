using System.Text;

namespace TeamBot.Core.Documents;

/// <summary>Writes Scriban template text: raw text Scriban must copy untouched, and tag code.</summary>
internal static class ScribanText
{
    /// <summary>An escape block ({%{ … }%}) whose closing delimiter ("}%}", "}%%}", …) does not occur in the raw text.</summary>
    public static void AppendRaw(StringBuilder text, ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty) return;
        var percents = 1;
        while (raw.Contains(("}" + new string('%', percents) + "}").AsSpan(), StringComparison.Ordinal)) percents++;
        text.Append('{').Append('%', percents).Append('{').Append(raw).Append('}').Append('%', percents).Append('}');
    }

    /// <summary>Appends "{{code}}" and returns where it starts.</summary>
    public static int AppendTag(StringBuilder text, string code)
    {
        var start = text.Length;
        text.Append(TagScanner.Open).Append(code).Append(TagScanner.Close);
        return start;
    }
}
