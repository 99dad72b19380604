using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamBot.Tests.BotFramework;

/// <summary>What goes into a test token; defaults make a valid Bot Framework channel token.</summary>
public sealed record TestTokenClaims
{
    public string Issuer { get; init; } = "https://api.botframework.com";

    public string Audience { get; init; } = BotAuthTestContext.AppId;

    public DateTimeOffset NotBefore { get; init; }

    public DateTimeOffset Expires { get; init; }

    public string? ServiceUrl { get; init; } = BotAuthTestContext.ServiceUrl;

    public IReadOnlyDictionary<string, object> Extra { get; init; } = new Dictionary<string, object>();

    public static TestTokenClaims ValidAt(DateTimeOffset now) => new() { NotBefore = now.AddMinutes(-1), Expires = now.AddMinutes(59) };

    public string Sign(SigningCredentials credentials)
    {
        var claims = new Dictionary<string, object>(Extra);
        if (ServiceUrl is not null)
        {
            claims["serviceurl"] = ServiceUrl;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            NotBefore = NotBefore.UtcDateTime,
            Expires = Expires.UtcDateTime,
            IssuedAt = NotBefore.UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }
}
