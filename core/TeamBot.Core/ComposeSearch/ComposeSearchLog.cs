using Microsoft.Extensions.Logging;

namespace TeamBot.Core.ComposeSearch;

/// <summary>The compose-box search's log messages: counts only, never what was typed.</summary>
internal static partial class ComposeSearchLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Compose search {Basis}: {Shown} of {Total} contracts")]
    public static partial void ComposeSearched(this ILogger logger, ComposeSearchBasis basis, int shown, int total);
}
