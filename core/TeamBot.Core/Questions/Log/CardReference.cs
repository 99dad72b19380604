using System.Security.Cryptography;
using System.Text;

namespace TeamBot.Core.Questions.Log;

/// <summary>
/// The unguessable reference a card button carries with its question's log id: 128 random bits, so nobody can act
/// on another's question by trying ids. Compared in constant time.
/// </summary>
public static class CardReference
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool Matches(string? stored, string? presented) =>
        stored is not null && presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(presented));
}
