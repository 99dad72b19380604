using System.Text.Json;

namespace TeamBot.BotFramework;

/// <summary>
/// The fields a bot needs before it does anything with an activity: where to reply (an absolute http(s) serviceUrl),
/// the conversation, who sent it, and values of the JSON kind the protocol gives them. A parseable activity that misses
/// one is refused whole (400) instead of failing halfway, after its question was already logged.
/// </summary>
public static class ActivityShape
{
    /// <summary>Each problem names the field, in Dutch; empty when the activity is whole.</summary>
    public static IReadOnlyList<string> Problems(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var problems = new List<string>();
        if (!IsHttpUrl(activity.ServiceUrl)) problems.Add("Het veld 'serviceUrl' ontbreekt of is geen http(s)-adres: de bot weet niet waar het antwoord heen moet.");
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) problems.Add("Het veld 'conversation.id' ontbreekt.");
        if (string.IsNullOrWhiteSpace(activity.From?.Id)) problems.Add("Het veld 'from.id' ontbreekt.");
        if (string.IsNullOrWhiteSpace(activity.ChannelId)) problems.Add("Het veld 'channelId' ontbreekt.");
        problems.AddRange(ContentProblems(activity));
        return problems;
    }

    /// <summary>
    /// The fields a client fills, for a channel that sets the addressing itself (the local Direct Line endpoint).
    /// </summary>
    public static IReadOnlyList<string> ContentProblems(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(activity.Type)) problems.Add("Het veld 'type' ontbreekt.");
        if (activity.Value is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
            problems.Add("Het veld 'value' moet een JSON-object zijn.");
        if (activity.ChannelData is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
            problems.Add("Het veld 'channelData' moet een JSON-object zijn.");
        if (activity.Type == ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.Name))
            problems.Add("Een invoke-activiteit heeft een 'name' nodig.");
        foreach (var list in MemberLists)
            if (!AreAccounts(activity, list)) problems.Add($"Het veld '{list}' moet een lijst van accounts met een 'id' zijn.");
        return problems;
    }

    private static readonly string[] MemberLists = ["membersAdded", "membersRemoved"];

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool AreAccounts(Activity activity, string property) =>
        activity.Properties?.TryGetValue(property, out var members) != true
        || members.ValueKind == JsonValueKind.Null
        || (members.ValueKind == JsonValueKind.Array && members.EnumerateArray().All(IsAccount));

    private static bool IsAccount(JsonElement member) =>
        member.ValueKind == JsonValueKind.Object
        && member.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString());
}
