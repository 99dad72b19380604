using TeamBot.Core.Questions.Log;
namespace TeamBot.Core.Cards;

/// <summary>What the asker already did with an answer card; a refreshed card thanks them and drops the used buttons.</summary>
public sealed record AnswerCardState(AnswerFeedback? Feedback = null, bool OverriddenAsContract = false, long? EscalationTicketId = null)
{
    public static AnswerCardState Initial { get; } = new();
}
