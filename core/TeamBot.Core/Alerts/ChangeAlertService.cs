using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamBot.Core.Delivery;
using TeamBot.Core.Digest;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;

namespace TeamBot.Core.Alerts;

/// <summary>
/// When an import ends or changes contracts, everyone who asked about that aanbieder or product in the
/// Digest:AlertLookbackDays before it gets one short 1:1 card: what changed, from when, and what is contracted instead
/// for that product in their gemeente. Once per asker per import (the ledger), never after "meldingen uit".
/// </summary>
public sealed partial class ChangeAlertService(
    IRegionStore region,
    IQuestionLog log,
    IAlertRecipientStore recipients,
    IProactiveSendLedger ledger,
    OnceOnlySends sends,
    IProactiveSender sender,
    ChangeAlertCards cards,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<ChangeAlertService> logger)
{
    /// <summary>Imports older than this are history: their alerts were sent, or their moment has passed.</summary>
    public static readonly TimeSpan RecentImports = TimeSpan.FromDays(7);

    public async Task<int> SendPendingAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        // Nobody is alerted about questions older than the look-back, so where they can be reached is not kept longer.
        await recipients.ForgetIdleSinceAsync(now - TimeSpan.FromDays(options.Value.AlertLookbackDays), cancellationToken);
        var imports = (await region.GetImportHistoryAsync(10, cancellationToken))
            .Where(i => now - i.ImportedAt <= RecentImports && i.Changes.Any(IsAlerting)).OrderBy(i => i.ImportedAt).ToList();
        if (imports.Count == 0) return 0;
        var data = await region.LoadAsync(cancellationToken);
        var sent = 0;
        foreach (var import in imports)
            sent += await SendForImportAsync(import, data, cancellationToken);
        return sent;
    }

    /// <summary>
    /// Every asker of one import once; when none is left to retry, the import is marked done in the ledger, so later
    /// checks do not read 90 days of log again for it.
    /// </summary>
    private async Task<int> SendForImportAsync(ImportRecord import, RegionData data, CancellationToken cancellationToken)
    {
        var doneKey = ProactiveSendKeys.AlertsDone(import.Id);
        if ((await ledger.TryClaimAsync(doneKey, options.Value.SendLease, cancellationToken)) is not { Status: OutgoingActivityClaimStatus.Claimed, Token: { } token })
            return 0;
        var (sent, retry) = (0, false);
        foreach (var asker in await AskersAsync(import, cancellationToken))
        {
            var outcome = await SendOnceAsync(import, asker, data, cancellationToken);
            if (outcome == AlertOutcome.Sent) sent++;
            retry |= outcome == AlertOutcome.Retry;
        }
        if (retry) await ledger.ReleaseAsync(doneKey, token, CancellationToken.None);
        else await ledger.MarkSentAsync(doneKey, token, activityId: null, CancellationToken.None);
        return sent;
    }

    /// <summary>Ended and changed contracts; a new contract is news for the digest, not an alert.</summary>
    public static bool IsAlerting(ContractChange change) => change.Kind is ContractChangeKind.Ended or ContractChangeKind.Changed;

    private async Task<List<Asker>> AskersAsync(ImportRecord import, CancellationToken cancellationToken)
    {
        var entries = await log.ListAsync(import.ImportedAt - TimeSpan.FromDays(options.Value.AlertLookbackDays), import.ImportedAt, cancellationToken);
        return entries.Where(e => e.AskerPseudonym is not null && e.Topics is { IsEmpty: false })
            .GroupBy(e => e.AskerPseudonym!, StringComparer.Ordinal)
            .Select(g => AskerOf(g.Key, g.ToList(), import.Changes))
            .Where(a => a.Changes.Count > 0)
            .ToList();
    }

    /// <summary>
    /// The changes an asker asked about, for their gemeente (their own, else the one they asked about) when there is one:
    /// a contract elsewhere is no news to them.
    /// </summary>
    private static Asker AskerOf(string pseudonym, List<QuestionLogEntry> asked, IReadOnlyList<ContractChange> changes)
    {
        var municipality = asked.LastOrDefault(e => e.AskerMunicipality is not null)?.AskerMunicipality
                           ?? asked.LastOrDefault(e => e.Topics!.Municipality is not null)?.Topics!.Municipality;
        return new Asker(pseudonym, municipality, changes
            .Where(c => IsAlerting(c) && (municipality is null || DigestContracts.Covers(c, municipality)))
            .Where(c => asked.Any(e => e.Topics!.Mentions(c.Provider, c.ProductCode)))
            .ToList());
    }

    private async Task<AlertOutcome> SendOnceAsync(ImportRecord import, Asker asker, RegionData data, CancellationToken cancellationToken)
    {
        if (await recipients.GetAsync(asker.Pseudonym, cancellationToken) is not { AlertsOff: false } recipient) return AlertOutcome.Done;
        var outcome = await sends.SendAsync(ProactiveSendKeys.Alert(import.Id, asker.Pseudonym), options.Value.SendLease, (activityId, token) =>
        {
            var card = cards.Render(import, asker.Changes, data, asker.Municipality ?? recipient.Municipality, options.Value.AlertLookbackDays);
            return sender.SendPersonalAsync(recipient.Address, card, activityId, token);
        }, cancellationToken);
        if (outcome.Result == OnceOnlyResult.Sent) AlertSent(logger, import.Id, asker.Changes.Count);
        if (outcome.Error is { } error) AlertNotSent(logger, error, import.Id);
        return outcome.Result switch
        {
            OnceOnlyResult.Sent => AlertOutcome.Sent,
            OnceOnlyResult.InProgress or OnceOnlyResult.Failed => AlertOutcome.Retry,
            _ => AlertOutcome.Done,
        };
    }

    private sealed record Asker(string Pseudonym, string? Municipality, List<ContractChange> Changes);

    private enum AlertOutcome
    {
        Sent,

        /// <summary>Nothing to send (alerts off, sent before, nobody reads there), now or later.</summary>
        Done,

        /// <summary>Failed or being sent elsewhere: the next check tries again.</summary>
        Retry,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change alert of import {ImportId} sent ({Changes} changes)")]
    private static partial void AlertSent(ILogger logger, long importId, int changes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change alert of import {ImportId} not sent; the next check tries again")]
    private static partial void AlertNotSent(ILogger logger, Exception exception, long importId);
}
