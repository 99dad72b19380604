using System.Text.Json;
using TeamBot.Bot.Conversations;
using TeamBot.BotFramework;
using TeamBot.Core.ReferralGuide;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// The local chat page's user. The page puts the picked gemeente and rol in every activity's
/// channelData.teambot = { gemeente, rol: "toegang" | "inkoopteam" }; each rol has a fixed local id of its own.
/// </summary>
public static class LocalUsers
{
    public const string ChannelDataKey = "teambot";
    public const string UserId = "local-user";
    public const string ToegangAadObjectId = "local-toegang";
    public const string InkoopteamAadObjectId = "local-inkoopteam";
    public const string InkoopteamRole = "inkoopteam";

    /// <summary>What the page says; a gemeente the region does not know is dropped, so the usual default applies.</summary>
    public static LocalIdentity FromChannelData(JsonElement? channelData, ReferralGuideSnapshot guide)
    {
        var picked = Property(channelData, ChannelDataKey);
        var municipality = Text(picked, "gemeente") is { } name ? guide.Municipality(name.Trim())?.Name : null;
        var inkoopteam = string.Equals(Text(picked, "rol")?.Trim(), InkoopteamRole, StringComparison.OrdinalIgnoreCase);
        return new LocalIdentity(municipality, inkoopteam);
    }

    public static ChannelAccount Account(LocalIdentity identity) => new()
    {
        Id = UserId,
        Name = identity.IsInkoopteamMember ? "Lokaal inkoopteam" : "Lokale toegangsmedewerker",
        AadObjectId = identity.IsInkoopteamMember ? InkoopteamAadObjectId : ToegangAadObjectId,
        Role = "user",
    };

    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var property) ? property : null;

    private static string? Text(JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
