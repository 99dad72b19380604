using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamBot.BotFramework;

/// <summary>
/// Validates the Bot Framework's bearer tokens: RS256/384/512 only, trusted issuer, key from the OpenID metadata,
/// audience = app id, lifetime with 5 minutes skew, key endorsed for the channel, serviceurl claim = activity.serviceUrl,
/// tenant in Bot:AllowedTenants. Emulator (AAD) tokens only when Bot:AcceptEmulatorTokens is on.
/// </summary>
public sealed class BotRequestAuthenticator : IBotRequestAuthenticator
{
    public const string MetadataHttpClientName = "TeamBot.BotFramework.OpenIdMetadata";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotRequestAuthenticator> _logger;
    private readonly IReadOnlyList<ITokenIssuerRules> _issuerRules;
    private readonly JsonWebTokenHandler _tokenHandler = new();

    public BotRequestAuthenticator(
        IOptions<BotOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILogger<BotRequestAuthenticator> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _issuerRules = _options.IsLocalMode ? [] : CreateIssuerRules(_options, httpClientFactory, time);
    }

    public bool IsLocalMode => _options.IsLocalMode;

    public bool AcceptsUnauthenticatedFrom(IPAddress? remoteAddress) => IsLocalMode && Loopback.IsLoopback(remoteAddress);

    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        Activity activity,
        IPAddress? remoteAddress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = IsLocalMode
            ? AuthenticateLocal(remoteAddress, activity)
            : await AuthenticateTokenAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        if (!result.IsAuthenticated)
        {
            _logger.RequestRefused(result.Failure, result.Detail);
        }

        return result;
    }

    // Without a token nobody vouches for serviceUrl: replies may only go to this computer (the emulator, a test connector).
    private BotAuthenticationResult AuthenticateLocal(IPAddress? remoteAddress, Activity activity)
    {
        if (!AcceptsUnauthenticatedFrom(remoteAddress))
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.NotLoopback, "local mode (no Bot:AppId) accepts requests from loopback only");
        if (!string.IsNullOrEmpty(activity.ServiceUrl) && !Loopback.IsLoopbackUrl(activity.ServiceUrl))
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.ServiceUrlNotLoopback, "local mode replies only to a loopback serviceUrl");
        return BotAuthenticationResult.LocalLoopback();
    }

    private async Task<BotAuthenticationResult> AuthenticateTokenAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (!BearerToken.TryRead(authorizationHeader, out var rawToken, out var headerFailure))
        {
            return headerFailure;
        }

        var token = ReadToken(rawToken);
        if (token is null)
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.MalformedToken, "the bearer value is not a signed JWT");
        }

        // Cheap checks first, so a token from elsewhere never causes a metadata download.
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.DisallowedAlgorithm, $"signing algorithm '{token.Alg}' is not RS256, RS384 or RS512");
        }

        var rules = _issuerRules.FirstOrDefault(r => r.Issued(token.Issuer));
        if (rules is null)
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.UnknownIssuer, $"issuer '{token.Issuer}' is not trusted");
        }

        return string.IsNullOrEmpty(token.Kid)
            ? BotAuthenticationResult.Failed(BotAuthenticationFailure.MissingKeyId, "the token header has no kid")
            : await ValidateAsync(token, rules, activity, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotAuthenticationResult> ValidateAsync(JsonWebToken token, ITokenIssuerRules rules, Activity activity, CancellationToken cancellationToken)
    {
        PublishedSigningKey? key;
        try
        {
            key = await rules.Keys.FindAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException exception)
        {
            _logger.MetadataUnavailable(exception);
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.MetadataUnavailable, "the OpenID metadata could not be downloaded");
        }

        if (key is null)
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.UnknownSigningKey, $"key '{token.Kid}' is not published, even after a refresh");
        }

        var validation = await _tokenHandler.ValidateTokenAsync(token, CreateParameters(rules, key)).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return TokenValidationFailures.From(validation.Exception);
        }

        return rules.CheckClaims(token, key, activity)
            ?? CheckTenant(activity)
            ?? BotAuthenticationResult.Success(validation.ClaimsIdentity);
    }

    private TokenValidationParameters CreateParameters(ITokenIssuerRules rules, PublishedSigningKey key) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = rules.ValidIssuers,
        ValidateAudience = rules.AudienceIsAppId,
        ValidAudience = _options.AppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = TokenLifetime.Validator(_time),
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = key.Keys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        AuthenticationType = "BotFramework",
    };

    private BotAuthenticationResult? CheckTenant(Activity activity)
    {
        if (_options.AllowedTenants.Count == 0)
        {
            return null;
        }

        var tenants = new[] { activity.Conversation?.TenantId, activity.GetTeamsTenantId() }
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .ToList();
        if (tenants.Count == 0)
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.TenantNotAllowed, "the activity names no tenant while Bot:AllowedTenants is set");
        }

        // Both places must name an allowed tenant, so a mismatch between them is refused too.
        return tenants.All(t => _options.AllowedTenants.Contains(t!, StringComparer.OrdinalIgnoreCase))
            ? null
            : BotAuthenticationResult.Failed(BotAuthenticationFailure.TenantNotAllowed, "the activity's tenant is not in Bot:AllowedTenants");
    }

    private JsonWebToken? ReadToken(string rawToken)
    {
        if (!_tokenHandler.CanReadToken(rawToken))
        {
            return null;
        }

        try
        {
            return _tokenHandler.ReadJsonWebToken(rawToken);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static List<ITokenIssuerRules> CreateIssuerRules(BotOptions options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        var rules = new List<ITokenIssuerRules>
        {
            new ChannelTokenRules(options.GetValidIssuers(), CreateKeySource(options.OpenIdMetadataUrl, httpClientFactory, time)),
        };
        if (options.AcceptEmulatorTokens)
        {
            rules.Add(new EmulatorTokenRules(options.AppId!, options.GetEmulatorTenants(), CreateKeySource(options.EmulatorOpenIdMetadataUrl, httpClientFactory, time)));
        }

        return rules;
    }

    private static OpenIdKeySource CreateKeySource(string metadataUrl, IHttpClientFactory httpClientFactory, TimeProvider time) =>
        new(metadataUrl, httpClientFactory.CreateClient(MetadataHttpClientName), time);
}
