using Microsoft.Extensions.Options;
using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>The gemeente an activity's sender works for: picked on the local chat page, else from configuration.</summary>
public sealed class AskerMunicipalities(IOptions<AskerMunicipalityOptions> options)
{
    public string? Of(Activity activity)
    {
        if (LocalIdentities.Of(activity)?.Municipality is { } picked) return picked;
        var configured = options.Value;
        if (activity.From?.AadObjectId is { } user && configured.Users.TryGetValue(user, out var own)) return own;
        if (activity.GetTeamsTeamId() is { } team && configured.Teams.TryGetValue(team, out var ofTeam)) return ofTeam;
        return configured.Default;
    }
}
