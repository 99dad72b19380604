using Microsoft.Extensions.Logging;

namespace TeamBot.Core.Regions.Import;

/// <summary>The log messages of the region import, generated at compile time.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Import of {FileName} refused with {ProblemCount} problems")]
    public static partial void ImportRefused(this ILogger logger, string fileName, int problemCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {FileName}: {Contracts} contracts, {Changes} changes")]
    public static partial void Imported(this ILogger logger, string fileName, int contracts, int changes);
}
