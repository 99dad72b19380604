using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace TeamBot.Tests.BotFramework;

/// <summary>An RSA key the test made itself, published as a JWK with Bot Framework "endorsements".</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    private TestSigningKey(string keyId, IReadOnlyList<string> endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public static TestSigningKey Create(string keyId, params string[] endorsements) => new(keyId, endorsements);

    /// <summary>The public half as the keys document lists it.</summary>
    public object ToJwk()
    {
        var parameters = _rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = Endorsements,
        };
    }

    public string CreateToken(TestTokenClaims claims, string algorithm = SecurityAlgorithms.RsaSha256) =>
        claims.Sign(new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, algorithm));

    public void Dispose() => _rsa.Dispose();
}
