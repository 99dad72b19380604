using Microsoft.Extensions.Logging;

namespace TeamBot.Core.Documents.Storage;

/// <summary>The log messages of the document stores, generated at compile time.</summary>
internal static partial class DocumentStoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {FileName} ({Bytes} bytes) in the local document folder")]
    public static partial void StoredLocally(this ILogger logger, string fileName, int bytes);
}
