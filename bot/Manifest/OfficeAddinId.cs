using System.Security.Cryptography;
using System.Text;

namespace TeamBot.Bot.Manifest;

/// <summary>
/// The add-in's own &lt;Id&gt;, derived from the host: a name-based UUID (version 5, RFC 9562) of the normalised host in
/// TeamBot's namespace. Office knows an add-in by this id, so it must stay the same for a deployment (a manifest made
/// again replaces the installed one instead of adding a second TeamBot) and differ between deployments (a test host and
/// the production host sideloaded on one computer are two add-ins). One constant id would make every deployment the same
/// add-in; a random one would change on every run. Deriving it needs nothing stored and no extra option.
/// </summary>
internal static class OfficeAddinId
{
    /// <summary>Never change this: every deployment's add-in id is derived from it.</summary>
    public static readonly Guid Namespace = new("0ef3ecf8-ab7b-4598-a278-8ffd4a422138");

    /// <param name="host">The normalised host, as <see cref="OfficeManifestInput.Host"/> returns it.</param>
    public static string ForHost(string host) => NameBased(Namespace, host).ToString("D");

    /// <summary>UUID version 5: SHA-1 over the namespace (big-endian) and the UTF-8 name, with the version and variant bits set.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "UUID version 5 is defined on SHA-1; the hash names the add-in and protects nothing.")]
    public static Guid NameBased(Guid @namespace, string name)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        @namespace.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
