using TeamBot.BotFramework;

namespace TeamBot.Tests.BotFramework;

public sealed class EmulatorTokenTests : IClassFixture<BotIdentityServer>, IDisposable
{
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    // The Emulator asks AAD for a Bot Framework API token with the bot's own credentials.
    private const string EmulatorAudience = "https://api.botframework.com";

    private readonly BotAuthTestContext _context;
    private readonly BotIdentityServer _aad = BotIdentityServer.Start("/aad/v2.0");
    private readonly TestSigningKey _aadKey = TestSigningKey.Create("aad-key");

    public EmulatorTokenTests(BotIdentityServer identity)
    {
        _context = new BotAuthTestContext(identity);
        _aad.PublishKeys(_aadKey);
    }

    [Fact]
    public async Task Emulator_tokens_are_refused_unless_configured()
    {
        var authenticator = _context.CreateAuthenticator();

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(Version1Token(BotAuthTestContext.AppId)));

        Assert.Equal(BotAuthenticationFailure.UnknownIssuer, result.Failure);
    }

    [Fact]
    public async Task A_version_1_emulator_token_with_the_bots_appid_is_accepted_when_configured()
    {
        var authenticator = CreateEmulatorAuthenticator();

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(Version1Token(BotAuthTestContext.AppId)), Emulator());

        Assert.True(result.IsAuthenticated, result.ToString());
    }

    [Fact]
    public async Task A_version_2_emulator_token_with_the_bots_azp_is_accepted_when_configured()
    {
        var authenticator = CreateEmulatorAuthenticator();
        var token = _aadKey.CreateToken(_context.ValidClaims() with
        {
            Issuer = $"https://login.microsoftonline.com/{BotFrameworkTenant}/v2.0",
            Audience = EmulatorAudience,
            ServiceUrl = null,
            Extra = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = BotAuthTestContext.AppId },
        });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token), Emulator());

        Assert.True(result.IsAuthenticated, result.ToString());
    }

    [Fact]
    public async Task An_emulator_token_for_another_app_is_refused_as_invalid_app_id()
    {
        var authenticator = CreateEmulatorAuthenticator();

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(Version1Token("another-app")), Emulator());

        Assert.Equal(BotAuthenticationFailure.InvalidAppId, result.Failure);
    }

    [Fact]
    public async Task An_aad_token_from_an_untrusted_tenant_is_refused_as_unknown_issuer()
    {
        var authenticator = CreateEmulatorAuthenticator();
        var token = _aadKey.CreateToken(_context.ValidClaims() with
        {
            Issuer = "https://sts.windows.net/99999999-0000-0000-0000-000000000000/",
            ServiceUrl = null,
            Extra = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = BotAuthTestContext.AppId },
        });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token), Emulator());

        Assert.Equal(BotAuthenticationFailure.UnknownIssuer, result.Failure);
    }

    public void Dispose()
    {
        _context.Dispose();
        _aad.Dispose();
        _aadKey.Dispose();
    }

    private IBotRequestAuthenticator CreateEmulatorAuthenticator() => _context.CreateAuthenticator(new Dictionary<string, string?>
    {
        ["Bot:AcceptEmulatorTokens"] = "true",
        ["Bot:EmulatorOpenIdMetadataUrl"] = _aad.MetadataUrl,
    });

    private string Version1Token(string appId) => _aadKey.CreateToken(_context.ValidClaims() with
    {
        Issuer = $"https://sts.windows.net/{BotFrameworkTenant}/",
        Audience = EmulatorAudience,
        ServiceUrl = null,
        Extra = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = appId },
    });

    private static Activity Emulator() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "emulator",
        ServiceUrl = "http://localhost:50000",
        Conversation = new ConversationAccount { Id = "emulator-conversation" },
        Text = "hallo",
    };
}
