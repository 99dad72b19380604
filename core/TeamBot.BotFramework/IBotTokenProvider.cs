namespace TeamBot.BotFramework;

/// <summary>The bot's own access token for the Bot Connector service.</summary>
public interface IBotTokenProvider
{
    /// <summary>A bearer token for https://api.botframework.com, or null in local mode (no app id, no token).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
