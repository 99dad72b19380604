using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Questions.Log;
using TeamBot.Tests.DirectLine;

namespace TeamBot.Tests.Conversations;

/// <summary>
/// Activities that parse as JSON but miss what a bot needs get 400 with the field named, before anything is stored;
/// a question is never logged when its reply has nowhere to go.
/// </summary>
public sealed class MalformedActivityTests(LocalChatHost host) : IClassFixture<LocalChatHost>
{
    private const string Address = """
        "channelId": "emulator", "serviceUrl": "http://127.0.0.1:9/", "from": { "id": "user-1" },
        "recipient": { "id": "bot" }, "conversation": { "id": "conversation-1" }
        """;

    [Theory]
    [InlineData("""{ "type": "message", "channelId": "emulator", "from": { "id": "u" }, "conversation": { "id": "c" }, "text": "Welke tarieven gelden voor logeeropvang bij malformed-1?" }""", "serviceUrl")]
    [InlineData("""{ "type": "message", "channelId": "emulator", "serviceUrl": "http://127.0.0.1:9/", "conversation": { "id": "c" }, "text": "Welke tarieven gelden voor logeeropvang bij malformed-2?" }""", "from.id")]
    [InlineData("""{ "type": "message", "channelId": "emulator", "serviceUrl": "http://127.0.0.1:9/", "from": { "id": "u" }, "text": "Welke tarieven gelden voor logeeropvang bij malformed-3?" }""", "conversation.id")]
    [InlineData("""{ "type": "message", ADDRESS, "value": "feedback.useful", "text": "Welke tarieven gelden voor logeeropvang bij malformed-4?" }""", "value")]
    [InlineData("""{ "type": "message", ADDRESS, "channelData": 7, "text": "Welke tarieven gelden voor logeeropvang bij malformed-5?" }""", "channelData")]
    [InlineData("""{ "type": "conversationUpdate", ADDRESS, "membersAdded": [1, 2] }""", "membersAdded")]
    [InlineData("""{ "type": "conversationUpdate", ADDRESS, "membersAdded": "bot" }""", "membersAdded")]
    [InlineData("""{ "type": "invoke", "name": "adaptiveCard/action", ADDRESS, "value": "escalate" }""", "value")]
    [InlineData("""{ "type": "invoke", ADDRESS, "value": {} }""", "name")]
    public async Task A_malformed_activity_gets_400_naming_the_field_and_nothing_is_stored(string json, string field)
    {
        var before = await LoggedCountAsync();

        var response = await host.Http.PostAsync("/api/messages", new StringContent(json.Replace("ADDRESS", Address, StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"'{field}'", body);
        Assert.DoesNotContain("   at ", body);
        Assert.Equal(before, await LoggedCountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{ "type": 5 }""")]
    public async Task A_body_that_is_no_activity_gets_400(string json)
    {
        var response = await host.Http.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_larger_than_256_kB_gets_413_and_nothing_is_stored()
    {
        var before = await LoggedCountAsync();
        var json = $$"""{ "type": "message", {{Address}}, "text": "{{new string('x', 300_000)}}" }""";

        var response = await host.Http.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await LoggedCountAsync());
    }

    [Fact]
    public async Task The_local_chat_refuses_a_submit_whose_value_is_not_an_object()
    {
        var session = await host.StartConversationAsync();

        var response = await host.SendAsync(session, "Hallo", value: "feedback.useful");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'value'", await response.Content.ReadAsStringAsync());
    }

    private async Task<int> LoggedCountAsync() =>
        (await host.Services.GetRequiredService<IQuestionLog>().ListAsync(null, null)).Count;
}
