using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Regions;

namespace TeamBot.Bot.LocalChat;

/// <summary>An open escalation as the inkoopteam panel lists it: only the redacted question, never who asked.</summary>
public sealed record EscalationSummary(
    long Id,
    string Question,
    string Category,
    string? Municipality,
    string? BotAnswer,
    DateTimeOffset OpenedAt,
    bool Overdue)
{
    public static EscalationSummary Of(EscalationTicket ticket, RegionCalendar calendar) => new(
        ticket.Id, ticket.RedactedQuestion, ticket.Category.ToWireName(), ticket.AskerMunicipality, ticket.BotAnswer, ticket.OpenedAt,
        ticket.IsOverdue(calendar));
}
