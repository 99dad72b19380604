using TeamBot.Core.Language;

namespace TeamBot.Core.Questions.Faq;

/// <summary>What makes two questions "the same" for a standard answer: the same words, ignoring case, accents, punctuation and order.</summary>
public static class FaqKey
{
    public static string Of(string redactedQuestion) =>
        string.Join(' ', TextFolding.Tokens(redactedQuestion).Distinct().Order(StringComparer.Ordinal));
}
