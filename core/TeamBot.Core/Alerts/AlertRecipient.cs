namespace TeamBot.Core.Alerts;

/// <summary>
/// Where an asker can be told that a contract they asked about changed: the question log's pseudonym and the
/// conversation they asked in (the bot writes 1:1 from there). No name, no user id.
/// </summary>
public sealed record AlertRecipient(string AskerPseudonym, string Address, string? Municipality, bool AlertsOff);
