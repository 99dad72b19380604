using System.Text.Json;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.DirectLine;

/// <summary>Reading what the bot wrote into a Direct Line conversation.</summary>
public static class ChatActivities
{
    public static bool IsFromBot(JsonElement activity) => activity.GetProperty("from").GetProperty("role").GetString() == "bot";

    /// <summary>The Adaptive Card JSON of a bot message (its first attachment).</summary>
    public static string Card(JsonElement activity)
    {
        var attachment = activity.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        return attachment.GetProperty("content").GetRawText();
    }

    public static string LastCard(IReadOnlyList<JsonElement> activities) => Card(activities.Last(IsFromBot));

    /// <summary>A number from a card button's data, such as "logId" or "ticketId".</summary>
    public static long DataNumber(string cardJson, string key) => CardButtonData.Number(cardJson, key);

    /// <summary>The unguessable reference a question's buttons carry beside its logId.</summary>
    public static string DataReference(string cardJson) => CardButtonData.Reference(cardJson);
}
