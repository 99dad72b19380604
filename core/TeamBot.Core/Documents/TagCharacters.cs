namespace TeamBot.Core.Documents;

/// <summary>Undoes Word's AutoFormat inside tags: curly quotes and non-breaking spaces mean nothing to Scriban.</summary>
internal static class TagCharacters
{
    public static char Straighten(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u00A0' or '\u202F' or '\u2007' => ' ',
        _ => c,
    };
}
