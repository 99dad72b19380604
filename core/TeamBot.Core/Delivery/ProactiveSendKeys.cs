using System.Security.Cryptography;
using System.Text;

namespace TeamBot.Core.Delivery;

/// <summary>The ledger keys of proactive sends, and the activity id each send carries on every attempt.</summary>
public static class ProactiveSendKeys
{
    public static string Digest(string address, string sendWeek) => $"digest|{address}|{sendWeek}";

    public static string Alert(long importId, string askerPseudonym) => $"alert|{importId}|{askerPseudonym}";

    /// <summary>An import whose alerts have all been handled.</summary>
    public static string AlertsDone(long importId) => $"alerts-done|{importId}";

    /// <summary>
    /// Derived from the key, so a retry after a crash between posting and recording posts the same activity id, which
    /// the connector's outgoing log recognises instead of posting a second card.
    /// </summary>
    public static string ActivityId(string key) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16)).ToString("N");
}
