using TeamBot.Core.Questions.Log;

namespace TeamBot.Bot.Hosting;

/// <summary>Enforces the question log's retention at start and then once a day while the host runs.</summary>
public sealed class QuestionLogPurgeService(QuestionLogRetention retention, TimeProvider clock, ILogger<QuestionLogPurgeService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await retention.PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.PurgeFailed(e, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
