using System.Text;
using System.Text.RegularExpressions;

namespace TeamBot.Core.Documents;

/// <summary>
/// Reads the small markup of plan texts (docs/plan-format.md) into text with <see cref="RichMarks"/>:
/// <c>**vet**</c>, <c>_cursief_</c>, <c>***beide***</c>, <c>^[voetnoot]</c>, and Dutch ordinals ("2e kwartaal")
/// whose suffix is superscript. Anything that does not pair up stays as typed, a backslash makes a mark character
/// literal, and an underscore only counts at a word boundary, so codes like BGG_ZIN keep theirs. One pass with
/// stacks, no recursion: hostile nesting costs linear time.
/// </summary>
internal static partial class TextMarkup
{
    private enum Kind { Text, Bold, BoldItalic, Italic, NoteOpen, Bracket, Close }

    private sealed class Token(Kind kind, string text)
    {
        public Kind Kind { get; set; } = kind;
        public string Text { get; } = text;
        public bool CanOpen { get; init; }
        public bool CanClose { get; init; }
        public bool Opens { get; set; }
        public bool Closes { get; set; }
    }

    /// <summary>The text with marks; a value without markup comes back unchanged (apart from removed marks).</summary>
    public static string ToMarks(string text)
    {
        var tokens = Scan(RichMarks.Strip(text));
        Pair(tokens);
        return Write(tokens);
    }

    /// <summary>What the text reads as without formatting and notes (for a plain property such as the title).</summary>
    public static string ToPlain(string text)
    {
        var marked = ToMarks(text);
        var plain = new StringBuilder(marked.Length);
        var inNote = false;
        foreach (var c in marked)
        {
            if (c == RichMarks.NoteOn) inNote = true;
            else if (c == RichMarks.NoteOff) inNote = false;
            else if (!inNote && !RichMarks.IsMark(c)) plain.Append(c);
        }
        return plain.ToString();
    }

    private static List<Token> Scan(string text)
    {
        var tokens = new List<Token>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length == 0) return;
            tokens.Add(new Token(Kind.Text, literal.ToString()));
            literal.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                literal.Append(text[++i]);
                continue;
            }
            var token = c switch
            {
                '*' => Stars(text, i),
                '_' => Underscore(text, i),
                '^' when i + 1 < text.Length && text[i + 1] == '[' => new Token(Kind.NoteOpen, "^["),
                '[' => new Token(Kind.Bracket, "["),
                ']' => new Token(Kind.Close, "]"),
                _ => null,
            };
            if (token is null)
            {
                literal.Append(c);
                continue;
            }
            Flush();
            tokens.Add(token);
            i += token.Text.Length - 1;
        }
        Flush();
        return tokens;
    }

    private static bool IsEscapable(char c) => c is '\\' or '*' or '_' or '^' or '[' or ']';

    /// <summary>** is bold, *** bold italic; a single star (5 * 3) or a longer run stays text.</summary>
    private static Token Stars(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '*') end++;
        var run = text[start..end];
        var kind = run.Length switch { 2 => Kind.Bold, 3 => Kind.BoldItalic, _ => Kind.Text };
        return new Token(kind, run)
        {
            CanOpen = end < text.Length && !char.IsWhiteSpace(text[end]),
            CanClose = start > 0 && !char.IsWhiteSpace(text[start - 1]),
        };
    }

    /// <summary>An underscore opens only at the start of a word and closes only at its end.</summary>
    private static Token Underscore(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '_') end++;
        var run = text[start..end];
        char? before = start > 0 ? text[start - 1] : null;
        char? after = end < text.Length ? text[end] : null;
        return new Token(run.Length == 1 ? Kind.Italic : Kind.Text, run)
        {
            CanOpen = !IsWordCharacter(before) && after is { } next && !char.IsWhiteSpace(next),
            CanClose = before is { } previous && !char.IsWhiteSpace(previous) && !IsWordCharacter(after),
        };
    }

    private static bool IsWordCharacter(char? c) => c is { } value && (char.IsLetterOrDigit(value) || value == '_');

    /// <summary>
    /// Pairs openers with closers. Emphasis pairs only within one note or bracket, and whatever opened inside a pair
    /// that then closes without its own closer stays text, so the marks always nest.
    /// </summary>
    private static void Pair(List<Token> tokens)
    {
        var open = new List<int>();              // token indices of pending openers, in order
        var boundaries = new Stack<int>();       // positions in 'open' of note and bracket openers
        var inNote = false;
        var byKind = new Dictionary<Kind, Stack<int>> { [Kind.Bold] = new(), [Kind.BoldItalic] = new(), [Kind.Italic] = new() };
        void TruncateTo(int position)
        {
            open.RemoveRange(position, open.Count - position);
            foreach (var stack in byKind.Values)
                while (stack.Count > 0 && stack.Peek() >= position) stack.Pop();
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case Kind.Bold or Kind.BoldItalic or Kind.Italic:
                    var floor = boundaries.Count > 0 ? boundaries.Peek() : -1;
                    var same = byKind[token.Kind];
                    if (token.CanClose && same.Count > 0 && same.Peek() > floor)
                    {
                        var position = same.Peek();
                        tokens[open[position]].Opens = true;
                        token.Closes = true;
                        TruncateTo(position);
                    }
                    else if (token.CanOpen)
                    {
                        same.Push(open.Count);
                        open.Add(i);
                    }
                    break;
                case Kind.NoteOpen or Kind.Bracket:
                    // Only a note counts brackets; a [ in ordinary text is text, and so is a note inside a note.
                    if (token.Kind == Kind.Bracket && !inNote) break;
                    if (token.Kind == Kind.NoteOpen && inNote) token.Kind = Kind.Bracket;
                    inNote = true;
                    boundaries.Push(open.Count);
                    open.Add(i);
                    break;
                case Kind.Close when boundaries.Count > 0:
                    var at = boundaries.Pop();
                    var opener = tokens[open[at]];
                    if (opener.Kind == Kind.NoteOpen)
                    {
                        opener.Opens = true;
                        token.Closes = true;
                        inNote = false;
                    }
                    TruncateTo(at);
                    break;
            }
        }
    }

    private static string Write(List<Token> tokens)
    {
        var output = new StringBuilder();
        var literal = new StringBuilder();
        foreach (var token in tokens)
        {
            var marks = token.Opens ? OpenMarks(token.Kind) : token.Closes ? CloseMarks(token.Kind) : null;
            if (marks is null)
            {
                literal.Append(token.Text);
                continue;
            }
            output.Append(WithOrdinals(literal.ToString())).Append(marks);
            literal.Clear();
        }
        return output.Append(WithOrdinals(literal.ToString())).ToString();
    }

    private static string OpenMarks(Kind kind) => kind switch
    {
        Kind.Bold => $"{RichMarks.BoldOn}",
        Kind.BoldItalic => $"{RichMarks.BoldOn}{RichMarks.ItalicOn}",
        Kind.Italic => $"{RichMarks.ItalicOn}",
        _ => $"{RichMarks.NoteOn}",
    };

    private static string CloseMarks(Kind kind) => kind switch
    {
        Kind.Bold => $"{RichMarks.BoldOff}",
        Kind.BoldItalic => $"{RichMarks.ItalicOff}{RichMarks.BoldOff}",
        Kind.Italic => $"{RichMarks.ItalicOff}",
        _ => $"{RichMarks.NoteOff}",
    };

    /// <summary>"2e kwartaal" → 2 and a superscript e; only a whole number token followed by a word, so "J-1e" stays.</summary>
    private static string WithOrdinals(string text) =>
        text.Length < 2 ? text : Ordinal().Replace(text, match => $"{match.Groups[1].Value}{RichMarks.SuperscriptOn}{match.Groups[2].Value}{RichMarks.SuperscriptOff}");

    [GeneratedRegex(@"(?<![\p{L}\p{N}\-/.,_+])(\d{1,4})(ste|de|e)(?=[ \u00A0]+\p{L})")]
    private static partial Regex Ordinal();
}
