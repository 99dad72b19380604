using Microsoft.Extensions.Options;
using Azure.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamBot.BotFramework;

namespace TeamBot.Tests.BotFramework;

public sealed class BotTokenProviderTests : IClassFixture<HttpsWireMockFixture>
{
    private const string SingleTenant = "7c8d9e0f-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

    private readonly HttpsWireMockFixture _aad;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public BotTokenProviderTests(HttpsWireMockFixture aad)
    {
        _aad = aad;
        _aad.Server.Reset();
        _aad.RespondWithToken("aad-token");
    }

    [Fact]
    public async Task A_multi_tenant_bot_gets_its_token_from_the_botframework_tenant_without_instance_discovery()
    {
        var provider = ProviderWithRealCredential(new BotOptions { AppId = BotAuthTestContext.AppId, ClientSecret = "s3cret", AuthorityHost = _aad.Server.Url! });

        var token = await provider.GetTokenAsync();

        Assert.Equal("aad-token", token);
        var request = Assert.Single(_aad.Server.LogEntries).RequestMessage;
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.Path);
        var form = Form(request.Body!);
        Assert.Equal(BotAuthTestContext.AppId, form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("s3cret", form["client_secret"]);
    }

    [Fact]
    public async Task A_single_tenant_bot_gets_its_token_from_its_own_tenant()
    {
        var provider = ProviderWithRealCredential(new BotOptions
        {
            AppId = BotAuthTestContext.AppId,
            AppType = BotAppType.SingleTenant,
            TenantId = SingleTenant,
            ClientSecret = "s3cret",
            AuthorityHost = _aad.Server.Url!,
        });

        await provider.GetTokenAsync();

        Assert.Equal($"/{SingleTenant}/oauth2/v2.0/token", Assert.Single(_aad.Server.LogEntries).RequestMessage.Path);
    }

    [Fact]
    public async Task A_certificate_signs_a_client_assertion_instead_of_sending_a_secret()
    {
        var provider = ProviderWithRealCredential(new BotOptions
        {
            AppId = BotAuthTestContext.AppId,
            CertificatePath = _aad.ClientCertificatePath,
            AuthorityHost = _aad.Server.Url!,
        });

        await provider.GetTokenAsync();

        var form = Form(Assert.Single(_aad.Server.LogEntries).RequestMessage.Body!);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        Assert.False(form.ContainsKey("client_secret"));
    }

    [Fact]
    public void A_user_assigned_managed_identity_uses_the_managed_identity_credential()
    {
        var credential = BotCredentialFactory.Create(new BotOptions { AppId = BotAuthTestContext.AppId, AppType = BotAppType.UserAssignedMSI });

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Fact]
    public void A_single_tenant_bot_without_tenant_id_fails_with_a_clear_message()
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            BotCredentialFactory.Create(new BotOptions { AppId = BotAuthTestContext.AppId, AppType = BotAppType.SingleTenant, ClientSecret = "s3cret" }));

        Assert.Contains("Bot:TenantId", failure.Message);
    }

    [Fact]
    public void A_bot_without_secret_or_certificate_fails_with_a_clear_message()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => BotCredentialFactory.Create(new BotOptions { AppId = BotAuthTestContext.AppId }));

        Assert.Contains("Bot:ClientSecret or Bot:CertificatePath", failure.Message);
    }

    [Fact]
    public async Task The_token_is_reused_until_five_minutes_before_it_expires()
    {
        var credential = new StaticTokenCredential(_time, TimeSpan.FromHours(1));
        var provider = new BotTokenProvider(Options.Create(new BotOptions { AppId = BotAuthTestContext.AppId }), _time, NullLogger<BotTokenProvider>.Instance, new BotCredentialSource(_ => credential));

        var first = await provider.GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await provider.GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(2));
        var renewed = await provider.GetTokenAsync();

        Assert.Equal("test-token-1", first);
        Assert.Equal("test-token-1", stillCached);
        Assert.Equal("test-token-2", renewed);
        Assert.Equal(2, credential.Issued);
    }

    [Fact]
    public async Task Local_mode_has_no_token_and_needs_no_credential()
    {
        var provider = new BotTokenProvider(Options.Create(new BotOptions()), _time, NullLogger<BotTokenProvider>.Instance, new BotCredentialSource(_ => throw new InvalidOperationException("no credential in local mode")));

        Assert.Null(await provider.GetTokenAsync());
    }

    private BotTokenProvider ProviderWithRealCredential(BotOptions options) =>
        new(Options.Create(options), _time, NullLogger<BotTokenProvider>.Instance, new BotCredentialSource(o => BotCredentialFactory.Create(o, _aad.TrustingTransport())));

    private static Dictionary<string, string> Form(string body) =>
        body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
}
