namespace TeamBot.Core.Alerts;

public interface IAlertRecipientStore
{
    /// <summary>Records the conversation an asker last asked in, keeping an earlier "meldingen uit".</summary>
    Task RememberAsync(string askerPseudonym, string address, string? municipality, CancellationToken cancellationToken = default);

    Task<AlertRecipient?> GetAsync(string askerPseudonym, CancellationToken cancellationToken = default);

    /// <summary>"meldingen uit" (true) or "meldingen aan" (false), also for someone who never asked.</summary>
    Task SetAlertsOffAsync(string askerPseudonym, string address, bool alertsOff, CancellationToken cancellationToken = default);

    /// <summary>Forgets askers who have not asked since <paramref name="cutoff"/> (keeping those who said "meldingen uit").</summary>
    Task<int> ForgetIdleSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
