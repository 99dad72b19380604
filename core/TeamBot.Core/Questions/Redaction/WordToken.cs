namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// One word of the text with what name detection needs to know about its place: whether it is joined to
/// the word before by spaces only (so both can be one name) and whether it opens a sentence.
/// </summary>
internal readonly record struct WordToken(int Start, int End, string Key, TokenShape Shape, bool JoinsPrevious, bool StartsSentence)
{
    public int Length => End - Start;
}
