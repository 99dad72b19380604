using System.IO.Compression;

namespace TeamBot.Tests.Support;

/// <summary>A copy of a zip package with one part written anew (added when it was not there).</summary>
public static class ZipParts
{
    /// <param name="write">Gets the old part (null when absent) and the new part's stream.</param>
    public static byte[] Rewrite(byte[] package, string partName, Action<Stream?, Stream> write)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != partName))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
            using var old = source.GetEntry(partName)?.Open();
            using var part = target.CreateEntry(partName, CompressionLevel.Optimal).Open();
            write(old, part);
        }
        return output.ToArray();
    }
}
