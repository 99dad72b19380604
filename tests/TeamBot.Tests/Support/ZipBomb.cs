using System.IO.Compression;

namespace TeamBot.Tests.Support;

/// <summary>Turns a real package into a zip bomb: one part replaced by many bytes that pack to almost nothing.</summary>
public static class ZipBomb
{
    public const long OverOneHundredMegabytes = 120L * 1024 * 1024;

    public static byte[] Inflate(byte[] package, string partName, long inflatedBytes = OverOneHundredMegabytes) =>
        ZipParts.Rewrite(package, partName, (_, part) =>
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += spaces.Length)
                part.Write(spaces, 0, (int)Math.Min(spaces.Length, inflatedBytes - written));
        });

    /// <summary>A zip of <paramref name="count"/> empty parts.</summary>
    public static byte[] ManyParts(int count)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            for (var i = 0; i < count; i++) zip.CreateEntry($"part{i}.xml");
        return output.ToArray();
    }
}
