namespace TeamBot.Bot.Manifest;

/// <summary>CRC-32 (ISO 3309, reflected polynomial 0xEDB88320) as PNG chunks need it; System.IO.Hashing is not referenced.</summary>
internal static class Crc32
{
    private const uint Polynomial = 0xEDB88320u;

    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < table.Length; n++)
        {
            var c = n;
            for (var bit = 0; bit < 8; bit++)
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
