namespace TeamBot.Core.Packages;

/// <summary>How much one zip package (xlsx, docx, template) may hold once inflated.</summary>
/// <param name="MaxEntries">Parts in the package; a real document has tens, a big workbook a few hundred.</param>
/// <param name="MaxEntryBytes">One inflated part: the largest sheet or document.xml we expect, with room to spare.</param>
/// <param name="MaxTotalBytes">All parts together, inflated.</param>
/// <param name="MaxRatio">Inflated to compressed, for parts above <paramref name="RatioFloorBytes"/>; XML packs about 5-20×, a bomb 1000×.</param>
/// <param name="RatioFloorBytes">Small parts may pack as well as they like.</param>
public sealed record ZipLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes, int MaxRatio, long RatioFloorBytes)
{
    private const long MiB = 1024 * 1024;

    /// <summary>Office files as the inkoopteam makes them: far below these, while a zip bomb goes far above.</summary>
    public static ZipLimits Office { get; } = new(MaxEntries: 5_000, MaxEntryBytes: 100 * MiB, MaxTotalBytes: 300 * MiB, MaxRatio: 200, RatioFloorBytes: 10 * MiB);
}
