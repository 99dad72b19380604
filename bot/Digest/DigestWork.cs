using Microsoft.Extensions.Options;
using TeamBot.Bot.Hosting;
using TeamBot.Core.Alerts;
using TeamBot.Core.Digest;

namespace TeamBot.Bot.Digest;

/// <summary>
/// Checks every Digest:CheckInterval, and once at start (the catch-up after downtime), whether this week's digest is
/// due and whether an import left change alerts to send. What was sent is in the ledger, so a check sends only what is missing.
/// </summary>
public sealed class DigestWork(
    DigestDispatcher digests,
    ChangeAlertService alerts,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<DigestWork> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override string Description => "sending the weekly digest and change alerts";

    protected override bool RunsAtStart => true;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await digests.SendDueAsync(stoppingToken);
        await alerts.SendPendingAsync(stoppingToken);
    }
}
