using System.Text;
using System.Text.RegularExpressions;

namespace TeamBot.Core.ContractDocuments;

/// <summary>Removes inline markdown (emphasis, links, code spans, html tags) and keeps the words a reader sees.</summary>
internal static partial class MarkdownInline
{
    // Escaped characters and code spans are moved to the private use area so later rules leave them alone.
    private const char ProtectedBase = '\uE000';

    public static string Strip(string text)
    {
        var result = Escape().Replace(text, match => Protect(match.Groups["char"].Value));
        result = CodeSpan().Replace(result, match => Protect(match.Groups["code"].Value.Trim()));
        result = Image().Replace(result, "${text}");
        result = InlineLink().Replace(result, "${text}");
        result = ReferenceLink().Replace(result, "${text}");
        result = AutoLink().Replace(result, "${address}");
        result = HtmlComment().Replace(result, " ");
        result = HtmlLineBreak().Replace(result, " ");
        result = HtmlTag().Replace(result, "");
        result = StripEmphasis(result);
        return Unprotect(result);
    }

    private static string StripEmphasis(string text)
    {
        var result = StrongEmphasisStars().Replace(text, "${text}");
        result = StrongEmphasisUnderscores().Replace(result, "${text}");
        result = StrongStars().Replace(result, "${text}");
        result = StrongUnderscores().Replace(result, "${text}");
        result = EmphasisStar().Replace(result, "${text}");
        result = EmphasisUnderscore().Replace(result, "${text}");
        return Strikethrough().Replace(result, "${text}");
    }

    private static string Protect(string text)
    {
        var protectedText = new StringBuilder(text.Length);
        foreach (var c in text) protectedText.Append(char.IsAsciiLetterOrDigit(c) || c >= 0x80 || char.IsWhiteSpace(c) ? c : (char)(ProtectedBase + c));
        return protectedText.ToString();
    }

    private static string Unprotect(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text) plain.Append(c is >= ProtectedBase and < (char)(ProtectedBase + 0x80) ? (char)(c - ProtectedBase) : c);
        return plain.ToString();
    }

    [GeneratedRegex(@"\\(?<char>[!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"(?<ticks>`+)(?<code>.+?)\k<ticks>")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?:mailto:)?(?<address>(?:https?|ftp)://[^\s<>]+|[^\s<>@]+@[^\s<>@]+)>", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"<!--.*?-->")]
    private static partial Regex HtmlComment();

    // Tags that separate words; other tags (b, i, sup, span) sit inside a word: "4<sup>e</sup>".
    [GeneratedRegex(@"</?(?:br|p|div|li|tr|td|th)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLineBreak();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\*\*\*(?=\S)(?<text>.+?)(?<=\S)\*\*\*")]
    private static partial Regex StrongEmphasisStars();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])___(?=\S)(?<text>.+?)(?<=\S)___(?![\p{L}\p{N}_])")]
    private static partial Regex StrongEmphasisUnderscores();

    [GeneratedRegex(@"\*\*(?=\S)(?<text>.+?)(?<=\S)\*\*")]
    private static partial Regex StrongStars();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])__(?=\S)(?<text>.+?)(?<=\S)__(?![\p{L}\p{N}_])")]
    private static partial Regex StrongUnderscores();

    [GeneratedRegex(@"\*(?=[^\s*])(?<text>.+?)(?<=[^\s*])\*")]
    private static partial Regex EmphasisStar();

    // Underscores inside words (file_naam_v2) are no emphasis.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])_(?=[^\s_])(?<text>.+?)(?<=[^\s_])_(?![\p{L}\p{N}_])")]
    private static partial Regex EmphasisUnderscore();

    [GeneratedRegex(@"~~(?=\S)(?<text>.+?)(?<=\S)~~")]
    private static partial Regex Strikethrough();
}
