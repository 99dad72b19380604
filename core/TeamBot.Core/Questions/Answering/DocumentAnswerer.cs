using TeamBot.Core.Search;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// Answers from the contract documents with the sentences that carry the answer, citing document and section;
/// unsure means escalate, not guess.
/// </summary>
internal static class DocumentAnswerer
{
    /// <param name="yesOrNo">For a yes/no question: "Ja" or "Nee" as the quoted passage states it, or null when it does not say so plainly.</param>
    public static AnswerDraft Answer(DocumentSearchIndex index, string redactedQuestion, AnswerFocus focus, string intent, string guideContext = "",
        Func<string, string?>? yesOrNo = null)
    {
        var hits = index.Search(redactedQuestion, focus, maxHits: 2);
        if (hits.Count == 0 || hits[0].Confidence < DocumentSearchIndex.AnswerThreshold)
            return Unsure(hits, intent, guideContext);
        var best = hits[0];
        var lead = yesOrNo?.Invoke(best.Passage) is { } verdict ? verdict + ", " : "";
        var text = $"{lead}{(lead.Length > 0 ? "volgens" : "Volgens")} {best.DocumentTitle}, {best.SectionPath}:\n\n{best.Passage}" + guideContext;
        return new AnswerDraft(intent, text, [Source(best)], QuestionOutcome.Answered);
    }

    private static AnswerDraft Unsure(IReadOnlyList<DocumentSearchHit> hits, string intent, string guideContext)
    {
        var hint = hits.Count == 0 ? "" : $" Misschien helpt {hits[0].DocumentTitle}, {hits[0].SectionPath}, maar dat weet ik niet zeker.";
        var text = "Op deze vraag weet ik het antwoord niet zeker, en ik gok liever niet." + hint +
                   " Wil je dat ik de vraag doorzet naar het inkoopteam? Zij antwoorden binnen 5 werkdagen." + guideContext;
        return new AnswerDraft(intent, text, hits.Take(1).Select(Source).ToList(), QuestionOutcome.Unanswered, Escalate: true);
    }

    private static AnswerSource Source(DocumentSearchHit hit) => new(AnswerSourceKind.Document, hit.DocumentTitle, hit.SectionPath);
}
