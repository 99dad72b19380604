using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamBot.Core.Questions;

/// <summary>Makes any typed or pasted text safe to process: no markup, no control characters, single spaces.</summary>
public static partial class QuestionText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var withoutMarkup = WebUtility.HtmlDecode(Markup().Replace(text, " "));
        var builder = new StringBuilder(withoutMarkup.Length);
        foreach (var c in withoutMarkup)
            builder.Append(char.IsControl(c) ? ' ' : c);
        return Whitespace().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"<[^<>]{0,500}>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
