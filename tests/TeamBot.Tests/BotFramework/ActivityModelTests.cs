using System.Text.Json;
using System.Text.Json.Nodes;
using TeamBot.BotFramework;

namespace TeamBot.Tests.BotFramework;

public sealed class ActivityModelTests
{
    private const string TeamsChannelMessage = """
        {
          "type": "message",
          "id": "1700000000123",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:1abc", "name": "Toegang Maastricht", "aadObjectId": "00000000-0000-0000-0000-0000000000aa", "userRole": "user" },
          "recipient": { "id": "28:5d1a3e2c", "name": "TeamBot" },
          "conversation": { "id": "19:abc@thread.tacv2;messageid=1700000000123", "conversationType": "channel", "tenantId": "7c8d9e0f", "isGroup": true },
          "text": "<at>TeamBot</at> Wat is het tarief voor ambulante jeugdhulp?",
          "textFormat": "plain",
          "locale": "nl-NL",
          "localTimezone": "Europe/Amsterdam",
          "attachments": [ { "contentType": "text/html", "content": "<div>vraag</div>" } ],
          "entities": [
            { "type": "mention", "text": "<at>TeamBot</at>", "mentioned": { "id": "28:5d1a3e2c", "name": "TeamBot" } },
            { "type": "clientInfo", "locale": "nl-NL", "platform": "Web" }
          ],
          "channelData": { "tenant": { "id": "7c8d9e0f" }, "team": { "id": "19:team@thread.skype" }, "channel": { "id": "19:abc@thread.tacv2" }, "eventType": null },
          "value": { "action": { "type": "Action.Execute", "verb": "feedback", "data": { "useful": true } } },
          "futureProperty": { "nested": [1, 2, 3] }
        }
        """;

    [Fact]
    public void A_teams_activity_survives_a_read_and_write_unchanged_including_unknown_properties()
    {
        var activity = Read(TeamsChannelMessage);

        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsChannelMessage), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Properties_are_written_in_camel_case_and_nulls_left_out()
    {
        var written = JsonSerializer.Serialize(new Activity { ReplyToId = "1", Conversation = new ConversationAccount { Id = "c" } }, BotJson.Options);

        Assert.Equal("""{"type":"message","conversation":{"id":"c"},"replyToId":"1"}""", written);
    }

    [Fact]
    public void The_timestamp_is_read_as_an_instant()
    {
        var activity = Read("""{"type":"message","timestamp":"2026-03-02T09:15:30.1234567Z"}""");

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 15, 30, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
    }

    [Fact]
    public void Mentions_are_stripped_from_the_text()
    {
        var activity = Read(TeamsChannelMessage);

        var text = activity.RemoveMentionText();

        Assert.Equal("Wat is het tarief voor ambulante jeugdhulp?", text);
        Assert.Equal(text, activity.Text);
    }

    [Theory]
    [InlineData("<at>TeamBot</at>\nhelp", "help")]
    [InlineData("Vraag aan <AT>TeamBot</AT>: wie levert dagbesteding?", "Vraag aan : wie levert dagbesteding?")]
    [InlineData("<at id=\"0\">TeamBot</at>  digest   aan", "digest aan")]
    [InlineData("geen vermelding", "geen vermelding")]
    public void Every_at_tag_is_stripped(string text, string expected)
    {
        Assert.Equal(expected, new Activity { Text = text }.RemoveMentionText());
    }

    [Fact]
    public void Mention_entities_are_read()
    {
        var mention = Assert.Single(Read(TeamsChannelMessage).GetMentions());

        Assert.Equal("28:5d1a3e2c", mention.Mentioned?.Id);
        Assert.Equal("<at>TeamBot</at>", mention.Text);
    }

    [Fact]
    public void The_teams_channel_data_is_read()
    {
        var activity = Read(TeamsChannelMessage);

        Assert.Equal("7c8d9e0f", activity.GetTeamsTenantId());
        Assert.Equal("19:team@thread.skype", activity.GetTeamsTeamId());
        Assert.Equal("19:abc@thread.tacv2", activity.GetTeamsChannelId());
        Assert.Equal("7c8d9e0f", activity.GetTenantId());
    }

    [Fact]
    public void Without_channel_data_the_teams_helpers_return_null()
    {
        var activity = new Activity();

        Assert.Null(activity.GetTeamsTenantId());
        Assert.Null(activity.GetTeamsTeamId());
        Assert.Null(activity.GetTenantId());
    }

    [Fact]
    public void A_reply_goes_back_to_the_sender_in_the_same_conversation_threaded_under_the_message()
    {
        var incoming = Read(TeamsChannelMessage);

        var reply = incoming.CreateReply("Het tarief is € 85,00 per uur.");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("28:5d1a3e2c", reply.From?.Id);
        Assert.Equal("29:1abc", reply.Recipient?.Id);
        Assert.Same(incoming.Conversation, reply.Conversation);
        Assert.Equal(incoming.Id, reply.ReplyToId);
        Assert.Equal(incoming.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("nl-NL", reply.Locale);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void A_conversation_reference_keeps_what_a_later_message_needs()
    {
        var incoming = Read(TeamsChannelMessage);

        var reference = incoming.GetConversationReference();
        var stored = JsonSerializer.Deserialize<ConversationReference>(JsonSerializer.Serialize(reference, BotJson.Options), BotJson.Options)!;
        var message = stored.CreateMessage("Weekoverzicht");

        Assert.Equal(incoming.Id, stored.ActivityId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored.ServiceUrl);
        Assert.Equal("msteams", stored.ChannelId);
        Assert.Equal("19:abc@thread.tacv2;messageid=1700000000123", stored.Conversation?.Id);
        Assert.Equal("7c8d9e0f", stored.Conversation?.TenantId);
        Assert.Equal("28:5d1a3e2c", message.From?.Id);
        Assert.Equal("29:1abc", message.Recipient?.Id);
        Assert.Null(message.ReplyToId);
    }

    [Fact]
    public void An_adaptive_card_invoke_response_has_the_shape_teams_expects()
    {
        var response = AdaptiveCardInvokeResponse.Card(new { type = "AdaptiveCard", version = "1.5" }).ToInvokeResponse();

        var body = JsonSerializer.Serialize(response.Body, BotJson.Options);

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5"}}""", body);
    }

    [Fact]
    public void Create_conversation_parameters_are_written_as_the_connector_expects()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            ChannelData = new { channel = new { id = "19:chan" }, tenant = new { id = "t" } },
            Activity = new Activity { Text = "Nieuwe vraag" },
        };

        Assert.Equal(
            """{"isGroup":true,"activity":{"type":"message","text":"Nieuwe vraag"},"channelData":{"channel":{"id":"19:chan"},"tenant":{"id":"t"}}}""",
            JsonSerializer.Serialize(parameters, BotJson.Options));
    }

    private static Activity Read(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;
}
