using TeamBot.Core.Questions.Classification;

namespace TeamBot.Core.Questions;

/// <summary>A question as a front door received it. <see cref="AskerId"/> is pseudonymised before it is stored.</summary>
/// <param name="AsCategory">Answer as this category instead of classifying: the asker's "dit is toch een contractvraag".</param>
public sealed record QuestionRequest(
    string Text,
    string? AskerId = null,
    string? AskerMunicipality = null,
    string Channel = "cli",
    QuestionCategory? AsCategory = null);
