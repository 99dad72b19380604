using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamBot.Core.Questions.Log;

/// <summary>Enforces the configured retention of the question log.</summary>
public sealed class QuestionLogRetention(IQuestionLog log, IOptions<QuestionOptions> options, TimeProvider clock, ILogger<QuestionLogRetention> logger)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.LogRetentionDays);
        var removed = await log.PurgeOlderThanAsync(cutoff, cancellationToken);
        if (removed > 0) logger.LogPurged(removed, cutoff);
        return removed;
    }
}
