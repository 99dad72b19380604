using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Hosting;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Addin;

/// <summary>
/// The add-in API with sign-in on (AzureAd set): Microsoft.Identity.Web validates the pane's bearer token against the
/// tenant's keys; plans, costs and the log need the inkoopteam's app role, a question any colleague may ask.
/// </summary>
public sealed class AddinApiSignInTests : IAsyncLifetime
{
    private readonly EntraStandIn _entra = new();
    private readonly TempDirectory _folder = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        string[] args = ["--urls", url, .. _entra.Settings().Select(s => $"--{s.Key}={s.Value}")];
        _app = TeamBotHost.Build(args, _folder.File("data"));
        await _app.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(url) };
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
        _entra.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_inkoopteam_member_gets_the_plans_and_the_status_names_the_user()
    {
        var plans = await GetAsync("/api/plans", _entra.UserToken(["Inkoopteam"]));
        Assert.Equal(HttpStatusCode.OK, plans.StatusCode);
        Assert.Contains("uitvoeringsplan-wmo-2023", await plans.Content.ReadAsStringAsync());

        var status = await (await GetAsync("/api/addin/status", _entra.UserToken([]))).Content.ReadAsStringAsync();
        Assert.Contains("\"mode\":\"signedIn\"", status);
        Assert.Contains("\"user\":\"Inkoper Test\"", status);
        Assert.Contains($"\"scope\":\"api://{EntraStandIn.ApiClientId}/access_as_user\"", status);
    }

    [Fact]
    public async Task The_status_answers_without_a_token_so_the_pane_learns_how_to_sign_in()
    {
        var status = await GetAsync("/api/addin/status", null);

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var body = await status.Content.ReadAsStringAsync();
        Assert.Contains("\"mode\":\"signedIn\"", body);
        Assert.Contains("\"user\":null", body);
        Assert.Contains($"\"clientId\":\"{EntraStandIn.ApiClientId}\"", body);
    }

    [Fact]
    public async Task A_colleague_without_the_role_may_ask_but_not_read_plans_costs_or_the_log()
    {
        var token = _entra.UserToken(["Toegang"]);

        var asked = await PostAsync("/api/questions", """{"question":"Wie biedt logeeropvang in Heerlen?","municipality":"Heerlen"}""", token);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Autismepunt Zuid", await asked.Content.ReadAsStringAsync());

        foreach (var path in new[] { "/api/plans", "/api/log/questions", "/api/templates" })
        {
            var refused = await GetAsync(path, token);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Alleen het inkoopteam", await refused.Content.ReadAsStringAsync());
        }
        var costs = await PostAsync("/api/plans/costs", """{"plan":"x"}""", token);
        Assert.Equal(HttpStatusCode.Forbidden, costs.StatusCode);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("garbage")]
    [InlineData("wrong-audience")]
    [InlineData("wrong-issuer")]
    [InlineData("expired")]
    public async Task A_missing_or_invalid_token_gets_401_with_a_Dutch_message(string kind)
    {
        var token = kind switch
        {
            "none" => null,
            "garbage" => "not.a.token",
            "wrong-audience" => _entra.UserToken(["Inkoopteam"], audience: "api://iets-anders"),
            "wrong-issuer" => _entra.UserToken(["Inkoopteam"], issuer: "https://login.microsoftonline.com/ander-tenant/v2.0"),
            _ => _entra.UserToken(["Inkoopteam"], now: DateTimeOffset.UtcNow.AddHours(-3)),
        };

        var response = await GetAsync("/api/plans", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Je bent niet aangemeld", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_user_of_another_tenant_is_refused_even_with_a_valid_signature()
    {
        var response = await GetAsync("/api/region/municipalities", _entra.UserToken(["Inkoopteam"], tenant: "11111111-2222-4333-8444-555555555555"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Je organisatie heeft geen toegang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_the_api_answers_other_computers_too_but_never_without_a_token()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/plans");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.SendAsync(request)).StatusCode);

        var signed = new HttpRequestMessage(HttpMethod.Get, "/api/plans");
        signed.Headers.Add("X-Forwarded-For", "203.0.113.7");
        signed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _entra.UserToken(["Inkoopteam"]));
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(signed)).StatusCode);
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _http.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _http.SendAsync(request);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
