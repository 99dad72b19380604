namespace TeamBot.Core.Escalations;

public enum EscalationState
{
    Open,
    Answered,
    Closed,
}
