using Microsoft.Extensions.Logging;

namespace TeamBot.Core.ContractDocuments;

/// <summary>The log messages of reading contract documents, generated at compile time.</summary>
internal static partial class ContractDocumentLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Contract document {FileName} failed in {Splitter}")]
    public static partial void SplitterFailed(this ILogger logger, Exception exception, string fileName, string splitter);
}
