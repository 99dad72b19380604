using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: "conversationId:expiry" signed with HMAC-SHA256. The key is new in every
/// process, so tokens die with the in-memory conversations they are for.
/// </summary>
public sealed class DirectLineTokens(TimeProvider clock, IOptions<DirectLineOptions> options)
{
    private const string BearerPrefix = "Bearer ";
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public DirectLineToken Issue(string conversationId)
    {
        var lifetime = options.Value.TokenLifetime;
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes($"{conversationId}:{expires.ToString(CultureInfo.InvariantCulture)}");
        var value = $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Sign(payload))}";
        return new DirectLineToken(value, conversationId, (int)lifetime.TotalSeconds);
    }

    /// <param name="authorization">The Authorization header: "Bearer TOKEN".</param>
    /// <returns>The conversation the token is for; null when it is missing, forged or expired.</returns>
    public string? ConversationOf(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var parts = authorization[BearerPrefix.Length..].Trim().Split('.');
        if (parts.Length != 2 || Decode(parts[0]) is not { } payload || Decode(parts[1]) is not { } signature) return null;
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(payload))) return null;
        var text = Encoding.UTF8.GetString(payload);
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !long.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)) return null;
        return clock.GetUtcNow().ToUnixTimeSeconds() < expires ? text[..colon] : null;
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload);

    private static byte[]? Decode(string part) => Base64Url.IsValid(part) ? Base64Url.DecodeFromChars(part) : null;
}
