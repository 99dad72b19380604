using System.Security.Cryptography;

namespace TeamBot.Core.ContractDocuments;

internal static class FileHash
{
    public static string Sha256Hex(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
