namespace TeamBot.Core.Documents;

/// <summary>A range of characters in a text.</summary>
internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
