using TeamBot.Core.Questions.Log;

namespace TeamBot.Bot.Hosting;

/// <summary>Enforces the question log's retention at start and then once a day while the host runs.</summary>
public sealed class QuestionLogPurgeService(QuestionLogRetention retention, TimeProvider clock, ILogger<QuestionLogPurgeService> logger)
    : PeriodicWork(clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    protected override TimeSpan Interval => Every;

    protected override string Description => "Purging the question log";

    protected override bool RunsAtStart => true;

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => retention.PurgeAsync(stoppingToken);
}
