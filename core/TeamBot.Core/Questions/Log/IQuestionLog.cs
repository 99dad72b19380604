using TeamBot.Core.Escalations;

namespace TeamBot.Core.Questions.Log;

/// <summary>The question log, so the procesafspraken with the toegangen can be measured.</summary>
public interface IQuestionLog
{
    /// <returns>The id of the new entry.</returns>
    Task<long> AppendAsync(QuestionLogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries asked in [askedFrom, askedBefore), oldest first; null bounds are open.</summary>
    Task<IReadOnlyList<QuestionLogEntry>> ListAsync(DateTimeOffset? askedFrom, DateTimeOffset? askedBefore, CancellationToken cancellationToken = default);

    Task<QuestionLogEntry?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Attaches the asker's feedback to a logged question.</summary>
    Task SetFeedbackAsync(long id, AnswerFeedback feedback, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="contractAnswerId"/> answers <paramref name="originalId"/> again as a contract question.</summary>
    Task LinkOverrideAsync(long originalId, long contractAnswerId, CancellationToken cancellationToken = default);

    /// <summary>The entry that answers <paramref name="originalId"/> as a contract question; null when there is none (yet).</summary>
    Task<QuestionLogEntry?> FindOverrideAsync(long originalId, CancellationToken cancellationToken = default);

    /// <summary>Attaches the escalation state to a logged question.</summary>
    Task SetEscalationStateAsync(long id, EscalationState state, CancellationToken cancellationToken = default);

    /// <returns>How many entries were removed.</returns>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>A stable pseudonym for an asker id (keyed hash); the id itself is never stored.</summary>
    Task<string> PseudonymAsync(string askerId, CancellationToken cancellationToken = default);
}
