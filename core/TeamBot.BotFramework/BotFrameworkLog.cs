namespace TeamBot.BotFramework;

/// <summary>The log messages of the Bot Connector protocol, generated at compile time.</summary>
internal static partial class BotFrameworkLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Operation}: activity was sent before, not posting it again")]
    public static partial void AlreadySent(this ILogger logger, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} to {Host} failed with {Failure}; attempt {Attempt} of {MaxAttempts}, retrying in {Delay}")]
    public static partial void ConnectorRetrying(this ILogger logger, string operation, string host, string failure, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Connector's answer was not the expected JSON")]
    public static partial void UnexpectedConnectorJson(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Obtained a Bot Connector token valid until {ExpiresOn:O}")]
    public static partial void TokenObtained(this ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Framework: local mode (no Bot:AppId), accepting unauthenticated activities from loopback only")]
    public static partial void LocalMode(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework: authenticating tokens for app {AppId} ({AppType}); emulator tokens {EmulatorTokens}; tenants on the allow-list: {TenantCount}")]
    public static partial void Authenticating(this ILogger logger, string? appId, BotAppType appType, string emulatorTokens, int tenantCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Bot Framework request: {Reason} ({Detail})")]
    public static partial void RequestRefused(this ILogger logger, BotAuthenticationFailure reason, string? detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not download the OpenID metadata or its keys")]
    public static partial void MetadataUnavailable(this ILogger logger, Exception exception);
}
