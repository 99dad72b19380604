namespace TeamBot.BotFramework;

/// <summary>Section "Bot:Connector": retries and pacing of calls to the Bot Connector service.</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Bot:Connector";

    /// <summary>Tries per call, the first one included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff step; it doubles per retry, with jitter.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one backoff step (a longer Retry-After is still honoured).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of all waiting within one call; past it the call fails instead of waiting.</summary>
    public TimeSpan MaxTotalRetryDelay { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How long one attempt may take before it counts as a timeout and is retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Requests per second to one tenant (Teams' per-conversation limits of 7 per second and 60 per 30 seconds apply
    /// besides); Teams throttles a bot at about 50 per second per tenant.
    /// </summary>
    public double TenantRequestsPerSecond { get; set; } = 30;
}
