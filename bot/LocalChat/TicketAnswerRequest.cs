namespace TeamBot.Bot.LocalChat;

/// <summary>The inkoopteam panel's answer to an escalation, optionally kept as the standard answer to that question.</summary>
public sealed record TicketAnswerRequest(string? Answer, bool SaveAsFaq);
