namespace TeamBot.Core.Questions.Faq;

/// <summary>A standard answer the inkoopteam saved ("opslaan als standaardantwoord"); the same question is then answered at once.</summary>
public sealed record FaqEntry(long Id, string QuestionKey, string RedactedQuestion, string Answer, DateTimeOffset CreatedAt, long? TicketId);
