namespace TeamBot.Bot.Hosting;

/// <summary>
/// Background work that runs every <see cref="Interval"/> on the injected clock (and first at start when
/// <see cref="RunsAtStart"/>): one failed run is logged and the next tick tries again, so the host keeps running.
/// </summary>
public abstract class PeriodicWork(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the work is called in the log ("purging the question log").</summary>
    protected abstract string Description { get; }

    protected virtual bool RunsAtStart => false;

    protected abstract Task RunOnceAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        if (RunsAtStart) await TryRunAsync(stoppingToken);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await TryRunAsync(stoppingToken);
    }

    private async Task TryRunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.PeriodicWorkFailed(e, Description, Interval);
        }
    }
}
