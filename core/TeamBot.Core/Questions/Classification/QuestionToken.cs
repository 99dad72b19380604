namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// One token of a question; <see cref="IsProperName"/> marks a capitalised word inside a sentence (the name of an
/// aanbieder, place or product) and the [NAAM] placeholder.
/// </summary>
internal readonly record struct QuestionToken(string Text, QuestionTokenKind Kind, bool StartsSentence, bool IsProperName);
