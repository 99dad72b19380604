namespace TeamBot.Bot.Conversations;

/// <summary>
/// Section "AskerMunicipalities": which gemeente a toegangsmedewerker works for, so answers default to it.
/// A user's own entry (AAD object id) wins over their team's; otherwise <see cref="Default"/>.
/// </summary>
public sealed class AskerMunicipalityOptions
{
    public const string Section = "AskerMunicipalities";

    public Dictionary<string, string> Users { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Default { get; set; }
}
