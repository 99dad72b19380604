namespace TeamBot.Core.Search;

/// <summary>
/// What a question's answer must carry beyond its words: the kind of statement, and the subjects it must be about
/// (each product a rule question names, in the words and codes the documents may use for it).
/// </summary>
/// <param name="Subjects">Per subject the names it may go by; "mag ik BGI en BGG combineren" has two subjects.</param>
public sealed record AnswerFocus(ExpectedAnswer Expected, IReadOnlyList<IReadOnlyList<string>> Subjects)
{
    public static AnswerFocus None { get; } = new(ExpectedAnswer.Any, []);
}
