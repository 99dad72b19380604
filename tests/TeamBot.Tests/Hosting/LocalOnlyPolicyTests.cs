using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Questions.Log;
using TeamBot.Tests.DirectLine;

namespace TeamBot.Tests.Hosting;

/// <summary>
/// The real host in local mode, called as a web page in the user's browser or a reverse proxy on the same machine would
/// call it: /api/messages, the plan API and the local chat all refuse, and nothing is logged, written or sent.
/// </summary>
public sealed class LocalOnlyPolicyTests(LocalChatHost host) : IClassFixture<LocalChatHost>
{
    private const string Question = "Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?";
    private const string ForeignPage = "https://evil.example";

    [Fact]
    public async Task A_text_plain_message_from_another_web_page_is_refused_and_not_logged()
    {
        var response = await PostMessageAsync(Message("http://127.0.0.1:9/"), "text/plain", ("Origin", ForeignPage));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertNothingLoggedAsync();
    }

    [Fact]
    public async Task A_json_message_from_another_web_page_is_refused_and_not_logged()
    {
        var response = await PostMessageAsync(Message("http://127.0.0.1:9/"), "application/json", ("Origin", ForeignPage));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingLoggedAsync();
    }

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("X-Real-IP")]
    [InlineData("True-Client-IP")]
    [InlineData("X-Client-IP")]
    [InlineData("CF-Connecting-IP")]
    [InlineData("Forwarded")]
    public async Task A_message_passed_on_by_a_proxy_is_not_local(string header)
    {
        var response = await PostMessageAsync(Message("http://127.0.0.1:9/"), "application/json", (header, "203.0.113.7"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingLoggedAsync();
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://203.0.113.7/")]
    public async Task In_local_mode_a_reply_is_never_sent_to_another_machine(string serviceUrl)
    {
        var response = await PostMessageAsync(Message(serviceUrl), "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingLoggedAsync();
    }

    [Fact]
    public async Task The_plan_api_refuses_another_web_page_and_writes_no_document()
    {
        var body = JsonSerializer.Serialize(new { template = "uitvoeringsplan-jeugd", plan = "jaar: 2021", upload = true });

        var fromPage = await SendAsync("/api/plans/render", body, "application/json", ("Origin", ForeignPage));
        var asText = await SendAsync("/api/plans/render", body, "text/plain");

        Assert.Equal(HttpStatusCode.Forbidden, fromPage.StatusCode);
        Assert.Contains("andere website", await fromPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, asText.StatusCode);
        Assert.Contains("alleen JSON", await asText.Content.ReadAsStringAsync());
        Assert.Empty(Directory.EnumerateFiles(host.DataFolder, "*.docx", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_local_chat_refuses_another_web_page()
    {
        var token = await SendAsync("/v3/directline/tokens/generate", null, null, ("Origin", ForeignPage));
        var panel = await SendAsync("/api/local/escalations/1/answer", """{"answer":"x"}""", "application/json", ("X-Real-IP", "203.0.113.7"));

        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, panel.StatusCode);
    }

    [Fact]
    public async Task The_hosts_own_page_may_still_call_it()
    {
        var own = await SendAsync("/v3/directline/tokens/generate", null, null, ("Origin", host.Url));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    private static string Message(string serviceUrl) => JsonSerializer.Serialize(new
    {
        type = "message",
        id = Guid.NewGuid().ToString("N"),
        channelId = "emulator",
        serviceUrl,
        from = new { id = "user-1" },
        recipient = new { id = "bot" },
        conversation = new { id = "conversation-1" },
        text = Question,
    });

    private Task<HttpResponseMessage> PostMessageAsync(string body, string contentType, params (string Name, string Value)[] headers) =>
        SendAsync("/api/messages", body, contentType, headers);

    private Task<HttpResponseMessage> SendAsync(string path, string? body, string? contentType, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType!);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return host.Http.SendAsync(request);
    }

    private async Task AssertNothingLoggedAsync() =>
        Assert.DoesNotContain(await host.Services.GetRequiredService<IQuestionLog>().ListAsync(null, null), e => e.RedactedText.Contains("logeeropvang", StringComparison.Ordinal));
}
