using TeamBot.Core.Search;

namespace TeamBot.Core.Questions.Answering;

/// <summary>Answers from the contract documents with the best passage, citing document and section; unsure means escalate, not guess.</summary>
internal static class DocumentAnswerer
{
    public static AnswerDraft Answer(DocumentSearchIndex index, string redactedQuestion)
    {
        var hits = index.Search(redactedQuestion, maxHits: 2);
        if (hits.Count == 0 || hits[0].Confidence < DocumentSearchIndex.AnswerThreshold)
            return Unsure(hits);
        var best = hits[0];
        var text = $"Volgens {best.DocumentTitle}, {best.SectionPath}:\n\n{best.Passage}";
        return new AnswerDraft(IntentNames.Of(ContractIntent.Document), text, [Source(best)], QuestionOutcome.Answered);
    }

    private static AnswerDraft Unsure(IReadOnlyList<DocumentSearchHit> hits)
    {
        var hint = hits.Count == 0 ? "" : $" Misschien helpt {hits[0].DocumentTitle}, {hits[0].SectionPath}, maar dat weet ik niet zeker.";
        var text = "Op deze vraag weet ik het antwoord niet zeker, en ik gok liever niet." + hint +
                   " Wil je dat ik de vraag doorzet naar het inkoopteam? Zij antwoorden binnen 5 werkdagen.";
        return new AnswerDraft(IntentNames.Of(ContractIntent.Document), text, hits.Take(1).Select(Source).ToList(), QuestionOutcome.Unanswered, Escalate: true);
    }

    private static AnswerSource Source(DocumentSearchHit hit) => new(AnswerSourceKind.Document, hit.DocumentTitle, hit.SectionPath);
}
