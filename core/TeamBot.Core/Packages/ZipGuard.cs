using System.Buffers;
using System.IO.Compression;
using TeamBot.Core.Formatting;

namespace TeamBot.Core.Packages;

/// <summary>
/// The one door through which every zip package we read passes before a library opens it: it inflates each part into
/// a small reused buffer, counting as it goes, and stops at the first limit, so a bomb costs a moment and no memory.
/// Declared sizes are checked first but not trusted. A damaged zip throws <see cref="InvalidDataException"/>.
/// </summary>
public static class ZipGuard
{
    private const int BufferSize = 81_920;

    /// <returns>Null when the package is within <paramref name="limits"/>; otherwise why not, in Dutch.</returns>
    public static string? Problem(byte[] package, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(limits);
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > limits.MaxEntries)
            return $"Het bestand bestaat uit {zip.Entries.Count.ToString("N0", DutchFormat.Culture)} onderdelen; meer dan {limits.MaxEntries.ToString("N0", DutchFormat.Culture)} heeft een echt document nooit.";
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > limits.MaxEntryBytes) return PartTooLarge(entry, limits);
                if (Inflate(entry, buffer, limits, ref total) is { } problem) return problem;
            }
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Inflate(ZipArchiveEntry entry, byte[] buffer, ZipLimits limits, ref long total)
    {
        using var stream = entry.Open();
        long size = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            size += read;
            total += read;
            if (size > limits.MaxEntryBytes) return PartTooLarge(entry, limits);
            if (total > limits.MaxTotalBytes)
                return $"Het bestand pakt uit tot meer dan {DutchFormat.Size(limits.MaxTotalBytes)}; zo groot is een echt document nooit. Controleer of dit het juiste bestand is.";
            if (size > limits.RatioFloorBytes && size > Math.Max(1, entry.CompressedLength) * limits.MaxRatio)
                return $"Onderdeel '{NameOf(entry)}' is meer dan {limits.MaxRatio} keer zo groot uitgepakt als ingepakt; zo'n bestand (een 'zip-bom') wordt niet geopend.";
        }
        return null;
    }

    private static string PartTooLarge(ZipArchiveEntry entry, ZipLimits limits) =>
        $"Onderdeel '{NameOf(entry)}' is uitgepakt groter dan {DutchFormat.Size(limits.MaxEntryBytes)}; zo groot is een echt document nooit. Controleer of dit het juiste bestand is.";

    // Names come from the file: keep them short and printable in a message.
    private static string NameOf(ZipArchiveEntry entry)
    {
        var name = new string(entry.FullName.Where(c => !char.IsControl(c)).Take(80).ToArray());
        return entry.FullName.Length > 80 ? name + "…" : name;
    }

}
