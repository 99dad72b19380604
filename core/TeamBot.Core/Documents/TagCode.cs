using System.Text.RegularExpressions;

namespace TeamBot.Core.Documents;

/// <summary>The Scriban code between "{{" and "}}", and the role it plays in the document's structure.</summary>
internal sealed partial record TagCode(string Code, TagRole Role, string Keyword)
{
    private static readonly HashSet<string> Openers = ["for", "if", "while", "case", "capture", "func", "with", "wrap", "tablerow"];
    private static readonly HashSet<string> Keywords = [.. Openers, "else", "when", "end", "break", "continue", "ret"];
    private static readonly HashSet<string> SilentStatements = ["break", "continue", "ret", "import", "readonly"];

    /// <summary>The code of a tag as typed in Word: AutoCorrect undone (<see cref="TagCharacters"/>), keywords in lower case.</summary>
    public static TagCode Read(string inner)
    {
        var code = LowerCasedKeyword(TagCharacters.Normalize(inner));
        var words = CodeWords.Of(code);
        var keyword = words.Count > 0 ? words[0] : "";
        return new TagCode(code, RoleOf(code, words, keyword), keyword);
    }

    /// <summary>Word capitalises the first word of a paragraph: "{{ For a in acties }}" still means for.</summary>
    private static string LowerCasedKeyword(string inner)
    {
        var match = FirstWord().Match(inner);
        if (!match.Success) return inner;
        var word = match.Groups["word"];
        var lower = word.Value.ToLowerInvariant();
        return Keywords.Contains(lower) && lower != word.Value
            ? string.Concat(inner.AsSpan(0, word.Index), lower, inner.AsSpan(word.Index + word.Length))
            : inner;
    }

    private static TagRole RoleOf(string code, List<string> words, string keyword)
    {
        var opens = words.Where((word, index) => Openers.Contains(word) && !(word == "if" && index > 0 && words[index - 1] == "else")).Count();
        var closes = words.Count(word => word == "end");
        var net = opens - closes;
        if (keyword is "else" or "when" && net == 0) return TagRole.Middle;
        if (net == 1 && closes == 0) return TagRole.Open;
        if (net == -1 && opens == 0) return TagRole.Close;
        if (net != 0) return TagRole.Tangled;
        return IsSilent(code, keyword) ? TagRole.Silent : TagRole.Output;
    }

    private static bool IsSilent(string code, string keyword)
    {
        var trimmed = code.Trim().Trim('~', '-').Trim();
        return trimmed.Length == 0 || trimmed.StartsWith('#') || SilentStatements.Contains(keyword) || Assignment().IsMatch(trimmed);
    }

    [GeneratedRegex(@"^[\s~-]*(?<word>[A-Za-z_]\w*)")]
    private static partial Regex FirstWord();

    /// <summary>"x = …", "a.b += …", "list[0] = …", "x++": statements that write nothing.</summary>
    [GeneratedRegex(@"^\$?[A-Za-z_][\w.]*(\[[^\]]*\])*\s*(\+\+|--|[-+*/%]?=(?!=))")]
    private static partial Regex Assignment();
}
