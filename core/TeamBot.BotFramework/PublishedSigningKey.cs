using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TeamBot.BotFramework;

/// <summary>A signing key from the keys document, with the channels that endorse it (the JWK's "endorsements").</summary>
internal sealed record PublishedSigningKey(string KeyId, IReadOnlyList<SecurityKey> Keys, IReadOnlyList<string> Endorsements)
{
    private const string EndorsementsMember = "endorsements";

    public static PublishedSigningKey? Find(OpenIdConnectConfiguration configuration, string keyId)
    {
        var keys = configuration.SigningKeys.Where(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal)).ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        var jsonWebKey = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        return new PublishedSigningKey(keyId, keys, ReadEndorsements(jsonWebKey));
    }

    // Microsoft.IdentityModel keeps JWK members it does not know, such as "endorsements", in AdditionalData.
    private static List<string> ReadEndorsements(JsonWebKey? key)
    {
        if (key is null || !key.AdditionalData.TryGetValue(EndorsementsMember, out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToList(),
            IEnumerable<string> strings => strings.ToList(),
            IEnumerable<object> objects => objects.OfType<string>().ToList(),
            _ => [],
        };
    }
}
