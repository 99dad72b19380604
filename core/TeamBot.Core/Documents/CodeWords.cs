namespace TeamBot.Core.Documents;

/// <summary>
/// The bare words of Scriban code, outside strings and comments, that are not part of a member access:
/// in "a.end" and "for.last" neither end nor for is a keyword.
/// </summary>
internal static class CodeWords
{
    public static List<string> Of(string code)
    {
        var words = new List<string>();
        var position = 0;
        while (position < code.Length)
        {
            var c = code[position];
            if (c == '#') break;
            if (c is '"' or '\'' or '`') position = AfterString(code, position);
            else if (char.IsLetter(c) || c == '_') position = AfterWord(code, position, words);
            else position++;
        }
        return words;
    }

    private static int AfterWord(string code, int start, List<string> words)
    {
        var end = start;
        while (end < code.Length && (char.IsLetterOrDigit(code[end]) || code[end] == '_')) end++;
        if (!FollowsDot(code, start) && !(end < code.Length && code[end] == '.')) words.Add(code[start..end]);
        return end;
    }

    private static bool FollowsDot(string code, int start)
    {
        var before = start - 1;
        while (before >= 0 && char.IsWhiteSpace(code[before])) before--;
        return before >= 0 && code[before] == '.';
    }

    private static int AfterString(string code, int start)
    {
        var quote = code[start];
        var position = start + 1;
        while (position < code.Length && code[position] != quote)
        {
            position += quote != '`' && code[position] == '\\' ? 2 : 1;
        }
        return Math.Min(position + 1, code.Length);
    }
}
