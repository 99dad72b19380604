namespace TeamBot.Core.Questions;

/// <summary>A question as a front door received it. <see cref="AskerId"/> is pseudonymised before it is stored.</summary>
public sealed record QuestionRequest(
    string Text,
    string? AskerId = null,
    string? AskerMunicipality = null,
    string Channel = "cli");
