using System.Text.Json;

namespace TeamBot.BotFramework;

/// <summary>Reads the Teams parts of channelData: tenant.id, team.id and channel.id.</summary>
public static class TeamsActivityExtensions
{
    public static string? GetTeamsTenantId(this Activity activity) => ReadId(activity.ChannelData, "tenant");

    public static string? GetTeamsTeamId(this Activity activity) => ReadId(activity.ChannelData, "team");

    public static string? GetTeamsChannelId(this Activity activity) => ReadId(activity.ChannelData, "channel");

    /// <summary>The tenant from conversation.tenantId, else from channelData.tenant.id.</summary>
    public static string? GetTenantId(this Activity activity) =>
        NullIfEmpty(activity.Conversation?.TenantId) ?? activity.GetTeamsTenantId();

    private static string? ReadId(JsonElement? channelData, string section)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty(section, out var part)
            || part.ValueKind != JsonValueKind.Object
            || !part.TryGetProperty("id", out var id)
            || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return NullIfEmpty(id.GetString());
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
