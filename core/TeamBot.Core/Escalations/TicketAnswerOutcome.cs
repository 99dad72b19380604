namespace TeamBot.Core.Escalations;

public enum TicketAnswerOutcome
{
    Answered,
    /// <summary>Someone else answered first, or the ticket is closed: nothing changed.</summary>
    AlreadyAnswered,
    NotFound,
    EmptyAnswer,
}
