using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using TeamBot.BotFramework;

namespace TeamBot.Tests.BotFramework;

public sealed class BotRequestAuthenticatorTests(BotIdentityServer identity) : IClassFixture<BotIdentityServer>, IDisposable
{
    private readonly BotAuthTestContext _context = new(identity);

    [Fact]
    public async Task A_valid_channel_token_is_authenticated()
    {
        var authenticator = _context.CreateAuthenticator();

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(_context.ValidToken()));

        Assert.True(result.IsAuthenticated, result.ToString());
        Assert.Equal(BotAuthenticationFailure.None, result.Failure);
        Assert.False(result.IsLocalMode);
        Assert.Equal(BotAuthTestContext.AppId, result.Identity!.FindFirst("aud")?.Value);
        Assert.Equal(BotAuthTestContext.ServiceUrl, result.Identity.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_with_the_same_kid_is_refused_as_invalid_signature()
    {
        var authenticator = _context.CreateAuthenticator();
        using var forger = TestSigningKey.Create(_context.Key.KeyId, "msteams");

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(forger.CreateToken(_context.ValidClaims())));

        Assert.Equal(BotAuthenticationFailure.InvalidSignature, result.Failure);
        Assert.Null(result.Identity);
    }

    [Fact]
    public async Task A_token_expired_more_than_five_minutes_ago_is_refused_as_expired()
    {
        var authenticator = _context.CreateAuthenticator();
        var now = _context.Time.GetUtcNow();
        var token = _context.Key.CreateToken(_context.ValidClaims() with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-5).AddSeconds(-1) });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token));

        Assert.Equal(BotAuthenticationFailure.Expired, result.Failure);
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minutes_clock_skew_is_accepted()
    {
        var authenticator = _context.CreateAuthenticator();
        var now = _context.Time.GetUtcNow();
        var token = _context.Key.CreateToken(_context.ValidClaims() with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4) });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token));

        Assert.True(result.IsAuthenticated, result.ToString());
    }

    [Fact]
    public async Task The_lifetime_follows_the_injected_clock()
    {
        var authenticator = _context.CreateAuthenticator();
        var token = _context.ValidToken();
        Assert.True((await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token))).IsAuthenticated);

        _context.Time.Advance(TimeSpan.FromMinutes(59 + 5) + TimeSpan.FromSeconds(1));

        Assert.Equal(BotAuthenticationFailure.Expired, (await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token))).Failure);
    }

    [Fact]
    public async Task A_token_valid_only_later_than_the_skew_is_refused_as_not_yet_valid()
    {
        var authenticator = _context.CreateAuthenticator();
        var now = _context.Time.GetUtcNow();
        var token = _context.Key.CreateToken(_context.ValidClaims() with { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token));

        Assert.Equal(BotAuthenticationFailure.NotYetValid, result.Failure);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused_as_invalid_audience()
    {
        var authenticator = _context.CreateAuthenticator();
        var token = _context.Key.CreateToken(_context.ValidClaims() with { Audience = "some-other-bot" });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token));

        Assert.Equal(BotAuthenticationFailure.InvalidAudience, result.Failure);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused_as_unknown_issuer_without_fetching_keys()
    {
        var authenticator = _context.CreateAuthenticator();
        var token = _context.Key.CreateToken(_context.ValidClaims() with { Issuer = "https://evil.example" });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token));

        Assert.Equal(BotAuthenticationFailure.UnknownIssuer, result.Failure);
        Assert.Equal(0, _context.Identity.MetadataRequests);
    }

    [Fact]
    public async Task The_valid_issuers_come_from_configuration()
    {
        var authenticator = _context.CreateAuthenticator(new Dictionary<string, string?> { ["Bot:ValidIssuers:0"] = "https://issuer.test" });
        var botFrameworkToken = _context.ValidToken();
        var configuredToken = _context.Key.CreateToken(_context.ValidClaims() with { Issuer = "https://issuer.test" });

        Assert.True((await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(configuredToken))).IsAuthenticated);
        Assert.Equal(BotAuthenticationFailure.UnknownIssuer, (await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(botFrameworkToken))).Failure);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activity_channel_is_refused_as_missing_endorsement()
    {
        using var webChatOnly = TestSigningKey.Create("key-webchat", "webchat");
        _context.Identity.PublishKeys(_context.Key, webChatOnly);
        var authenticator = _context.CreateAuthenticator();

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(webChatOnly.CreateToken(_context.ValidClaims())));

        Assert.Equal(BotAuthenticationFailure.MissingEndorsement, result.Failure);
    }

    [Fact]
    public async Task A_serviceurl_claim_that_differs_from_the_activity_is_refused_as_mismatch()
    {
        var authenticator = _context.CreateAuthenticator();
        var token = _context.Key.CreateToken(_context.ValidClaims() with { ServiceUrl = "https://attacker.example/" });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token));

        Assert.Equal(BotAuthenticationFailure.ServiceUrlMismatch, result.Failure);
    }

    [Theory]
    [InlineData("http://smba.attacker.example/")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    public async Task A_signed_serviceurl_that_is_not_https_is_refused(string serviceUrl)
    {
        var authenticator = _context.CreateAuthenticator();
        var token = _context.Key.CreateToken(_context.ValidClaims() with { ServiceUrl = serviceUrl });
        var activity = BotAuthTestContext.TeamsMessage();
        activity.ServiceUrl = serviceUrl;

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token), activity);

        Assert.Equal(BotAuthenticationFailure.InsecureServiceUrl, result.Failure);
    }

    [Fact]
    public async Task The_serviceurl_claim_is_compared_case_insensitively()
    {
        var authenticator = _context.CreateAuthenticator();
        var token = _context.Key.CreateToken(_context.ValidClaims() with { ServiceUrl = BotAuthTestContext.ServiceUrl.ToUpperInvariant() });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token));

        Assert.True(result.IsAuthenticated, result.ToString());
    }

    [Fact]
    public async Task A_token_without_serviceurl_claim_is_refused()
    {
        var authenticator = _context.CreateAuthenticator();
        var token = _context.Key.CreateToken(_context.ValidClaims() with { ServiceUrl = null });

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token));

        Assert.Equal(BotAuthenticationFailure.MissingServiceUrlClaim, result.Failure);
    }

    [Fact]
    public async Task An_activity_from_a_tenant_outside_the_allow_list_is_refused_as_tenant_not_allowed()
    {
        var authenticator = _context.CreateAuthenticator(new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = BotAuthTestContext.TenantId });
        var token = BotAuthTestContext.Bearer(_context.ValidToken());

        var allowed = await _context.AuthenticateAsync(authenticator, token);
        var other = await _context.AuthenticateAsync(authenticator, token, BotAuthTestContext.TeamsMessage("99999999-0000-0000-0000-000000000000"));

        Assert.True(allowed.IsAuthenticated, allowed.ToString());
        Assert.Equal(BotAuthenticationFailure.TenantNotAllowed, other.Failure);
    }

    [Fact]
    public async Task The_tenant_in_channel_data_counts_when_the_conversation_names_none()
    {
        var authenticator = _context.CreateAuthenticator(new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = BotAuthTestContext.TenantId });
        var fromChannelDataOnly = BotAuthTestContext.TeamsMessage();
        fromChannelDataOnly.Conversation!.TenantId = null;
        var foreignChannelData = BotAuthTestContext.TeamsMessage();
        foreignChannelData.ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "99999999-0000-0000-0000-000000000000" } });
        var token = BotAuthTestContext.Bearer(_context.ValidToken());

        Assert.True((await _context.AuthenticateAsync(authenticator, token, fromChannelDataOnly)).IsAuthenticated);
        Assert.Equal(BotAuthenticationFailure.TenantNotAllowed, (await _context.AuthenticateAsync(authenticator, token, foreignChannelData)).Failure);
    }

    [Fact]
    public async Task An_empty_allow_list_accepts_any_tenant()
    {
        var authenticator = _context.CreateAuthenticator();

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(_context.ValidToken()), BotAuthTestContext.TeamsMessage("99999999-0000-0000-0000-000000000000"));

        Assert.True(result.IsAuthenticated, result.ToString());
    }

    [Theory]
    [InlineData(null, BotAuthenticationFailure.MissingAuthorizationHeader)]
    [InlineData("", BotAuthenticationFailure.MissingAuthorizationHeader)]
    [InlineData("Basic dXNlcjpwYXNz", BotAuthenticationFailure.NotBearerScheme)]
    [InlineData("Bearer", BotAuthenticationFailure.MalformedToken)]
    [InlineData("Bearer not-a-jwt", BotAuthenticationFailure.MalformedToken)]
    public async Task A_missing_or_non_bearer_header_is_refused(string? header, BotAuthenticationFailure expected)
    {
        var authenticator = _context.CreateAuthenticator();

        var result = await _context.AuthenticateAsync(authenticator, header);

        Assert.Equal(expected, result.Failure);
    }

    [Fact]
    public async Task An_HS256_token_is_refused_as_disallowed_algorithm()
    {
        var authenticator = _context.CreateAuthenticator();
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = _context.Key.KeyId };
        var token = _context.ValidClaims().Sign(new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(token));

        Assert.Equal(BotAuthenticationFailure.DisallowedAlgorithm, result.Failure);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task RS384_and_RS512_tokens_are_accepted(string algorithm)
    {
        var authenticator = _context.CreateAuthenticator();

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(_context.Key.CreateToken(_context.ValidClaims(), algorithm)));

        Assert.True(result.IsAuthenticated, result.ToString());
    }

    [Fact]
    public async Task An_unknown_kid_refreshes_the_metadata_once_and_then_succeeds_with_the_new_key()
    {
        var authenticator = _context.CreateAuthenticator();
        Assert.True((await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(_context.ValidToken()))).IsAuthenticated);
        using var rolledKey = TestSigningKey.Create("key-2", "msteams");
        _context.Identity.PublishKeys(_context.Key, rolledKey);

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(rolledKey.CreateToken(_context.ValidClaims())));

        Assert.True(result.IsAuthenticated, result.ToString());
        Assert.Equal(2, _context.Identity.MetadataRequests);
    }

    [Fact]
    public async Task A_key_that_stays_unknown_is_refused_and_does_not_refresh_again_within_five_minutes()
    {
        var authenticator = _context.CreateAuthenticator();
        using var unpublished = TestSigningKey.Create("key-never", "msteams");
        var token = BotAuthTestContext.Bearer(unpublished.CreateToken(_context.ValidClaims()));

        var first = await _context.AuthenticateAsync(authenticator, token);
        var second = await _context.AuthenticateAsync(authenticator, token);

        Assert.Equal(BotAuthenticationFailure.UnknownSigningKey, first.Failure);
        Assert.Equal(BotAuthenticationFailure.UnknownSigningKey, second.Failure);
        Assert.Equal(2, _context.Identity.MetadataRequests);
    }

    [Fact]
    public async Task Unreachable_metadata_is_refused_as_metadata_unavailable()
    {
        _context.Identity.FailMetadata();
        var authenticator = _context.CreateAuthenticator();

        var result = await _context.AuthenticateAsync(authenticator, BotAuthTestContext.Bearer(_context.ValidToken()));

        Assert.Equal(BotAuthenticationFailure.MetadataUnavailable, result.Failure);
    }

    public void Dispose() => _context.Dispose();
}
