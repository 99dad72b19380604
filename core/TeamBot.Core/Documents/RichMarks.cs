namespace TeamBot.Core.Documents;

/// <summary>
/// Private-use characters that stand for formatting in rendered text until <see cref="RichRunWriter"/> turns them
/// into runs. Only the markup reader and the engine's own functions write them; every value has them stripped first,
/// so no data can inject formatting.
/// </summary>
internal static class RichMarks
{
    public const char BoldOn = '\uE000';
    public const char BoldOff = '\uE001';
    public const char ItalicOn = '\uE002';
    public const char ItalicOff = '\uE003';
    public const char SuperscriptOn = '\uE004';
    public const char SuperscriptOff = '\uE005';
    public const char NoteOn = '\uE006';
    public const char NoteOff = '\uE007';
    public const char ListStart = '\uE008';
    public const char ImageOn = '\uE009';
    public const char ImageOff = '\uE00A';

    private const char First = '\uE000';
    private const char Last = '\uE00F';

    public static bool IsMark(char c) => c is >= First and <= Last;

    public static bool Contains(string text) => text.AsSpan().IndexOfAnyInRange(First, Last) >= 0;

    public static string Strip(string text) => Contains(text) ? string.Concat(text.Where(c => !IsMark(c))) : text;
}
