using TeamBot.Core.Formatting;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// Questions about a day ahead ("vanaf 2027", "per 01-04-2027"): the contracts in force on that day answer them, and a
/// contract that ends before it but may still be extended (its max. einddatum lies beyond) makes the answer "niet zeker".
/// </summary>
internal static class FutureAnswers
{
    public static AnswerDraft Answer(ContractIntent intent, AnswerContext today, DateOnly day, Func<AnswerContext, AnswerDraft?> answerOn)
    {
        var then = today with { Today = day };
        var endingBefore = ContractQueries.InForce(today, today.Subject.Filter()).Where(c => c.EndDate < day && ContractQueries.HasProfile(today, c.Provider)).ToList();
        var extendable = endingBefore.Where(c => c.MaxEndDate is null || c.MaxEndDate >= day).ToList();
        var inForceThen = ContractQueries.InForce(then, then.Subject.Filter()).Where(c => ContractQueries.HasProfile(then, c.Provider)).ToList();
        if (inForceThen.Count == 0 && extendable.Count > 0) return Unsure(intent, today, day, extendable);
        var draft = answerOn(then) ?? Unsure(intent, today, day, extendable);
        var note = extendable.Count == 0 ? "" : "\n\n" + ExtensionNote(today, day, extendable);
        return draft with { Text = $"Per {DutchFormat.Date(day)}: " + LowerFirst(draft.Text) + note };
    }

    private static AnswerDraft Unsure(ContractIntent intent, AnswerContext context, DateOnly day, IReadOnlyList<Contract> extendable)
    {
        var text = $"Wie er per {DutchFormat.Date(day)} gecontracteerd is, weet ik niet zeker. " + ExtensionNote(context, day, extendable)
                   + " Wil je dat ik de vraag doorzet naar het inkoopteam? Zij antwoorden binnen 5 werkdagen.";
        return new AnswerDraft(IntentNames.Of(intent), text, [ContractText.Guide("Contracten")], QuestionOutcome.Unanswered, Escalate: true);
    }

    private static string ExtensionNote(AnswerContext context, DateOnly day, IReadOnlyList<Contract> extendable)
    {
        var lines = extendable.Take(ContractText.MaxListed).Select(c => ContractText.Bullet(
            $"{c.Provider}, {ContractText.Product(context.Guide, c.ProductCode)}: loopt t/m {DutchFormat.Date(c.EndDate)}"
            + (c.MaxEndDate is { } max ? $", verlenging mogelijk tot uiterlijk {DutchFormat.Date(max)}" : ", verlenging niet vastgelegd")));
        return $"Deze contracten lopen eerder af dan {DutchFormat.Date(day)}, en of ze verlengd worden, staat nog niet in de verwijsgids:" + string.Concat(lines);
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) && !text.StartsWith("Ja", StringComparison.Ordinal) && !text.StartsWith("Nee", StringComparison.Ordinal)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
}
