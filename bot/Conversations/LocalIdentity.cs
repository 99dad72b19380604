namespace TeamBot.Bot.Conversations;

/// <summary>
/// Who the person at the local chat page says they are: the gemeente they picked and whether they act as the
/// inkoopteam. Believed only because the page answers this machine alone; see <see cref="LocalIdentities"/>.
/// </summary>
public sealed record LocalIdentity(string? Municipality, bool IsInkoopteamMember);
