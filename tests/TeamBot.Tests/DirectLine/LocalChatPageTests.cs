using System.Net;
using static TeamBot.Tests.DirectLine.ChatActivities;

namespace TeamBot.Tests.DirectLine;

/// <summary>The page at / with Web Chat's bundle from npm, the pages the Teams manifest links to, and who may use the chat.</summary>
public sealed class LocalChatPageTests(LocalChatHost host) : IClassFixture<LocalChatHost>
{
    [Fact]
    public async Task Everything_the_bot_writes_into_the_local_chat_is_in_Dutch_also_the_welcome()
    {
        var session = await host.StartConversationAsync();
        await host.SendAsync(session, "hallo");

        var bot = (await host.ActivitiesAsync(session)).Where(IsFromBot).ToList();
        Assert.Equal(2, bot.Count);
        Assert.All(bot, a => Assert.Equal("nl-NL", a.GetProperty("locale").GetString()));
    }

    [Fact]
    public async Task The_page_gives_web_chat_dutch_24_hour_times_instead_of_its_12_hour_a_m_format()
    {
        var chat = await host.Http.GetStringAsync("/chat.js");
        var dutch = await host.Http.GetStringAsync("/dutch.js");

        Assert.Contains("GLOBALIZE: webChatGlobalize", chat);
        Assert.Contains("hourCycle: 'h23'", dutch);
    }

    [Fact]
    public async Task The_chat_page_is_served_at_the_root_with_web_chat_from_the_host_itself()
    {
        var page = await host.Http.GetAsync("/");
        var bundle = await host.Http.GetAsync("/vendor/webchat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("src=\"/vendor/webchat.js\"", html);
        Assert.DoesNotContain("cdn.botframework.com", html);
        Assert.Contains("connect-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True((await bundle.Content.ReadAsByteArrayAsync()).Length > 1_000_000, "the full Web Chat bundle, with Adaptive Cards");
    }

    [Theory]
    [InlineData("/privacy", "Privacyverklaring TeamBot")]
    [InlineData("/voorwaarden", "Gebruiksvoorwaarden TeamBot")]
    public async Task The_pages_the_teams_manifest_links_to_are_served_in_dutch(string path, string heading)
    {
        var response = await host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/v3/directline/tokens/generate")]
    [InlineData("/v3/directline/conversations")]
    public async Task Direct_line_refuses_a_request_passed_on_by_a_proxy(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("alleen bereikbaar vanaf deze computer", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_bot_with_an_app_id_keeps_the_local_chat_off_unless_it_is_enabled()
    {
        await using var teams = await LocalChatHost.StartAsync("--Bot:AppId=00000000-0000-0000-0000-00000000b0b0");
        await using var enabled = await LocalChatHost.StartAsync("--Bot:AppId=00000000-0000-0000-0000-00000000b0b0", "--DirectLine:Enabled=true");

        var off = await teams.Http.PostAsync("/v3/directline/tokens/generate", null);
        var panel = await teams.Http.GetAsync("/api/local/escalations");
        var on = await enabled.Http.PostAsync("/v3/directline/tokens/generate", null);

        Assert.Equal(HttpStatusCode.Forbidden, off.StatusCode);
        Assert.Contains("staat uit", await off.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, panel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teams.Http.GetAsync("/privacy")).StatusCode);
    }

    [Theory]
    [InlineData("/api/local/escalations")]
    [InlineData("/api/local/gemeenten")]
    public async Task The_local_api_refuses_a_page_that_reached_it_under_another_host_name(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "rebound.example";

        var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
