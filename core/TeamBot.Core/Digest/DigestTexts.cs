using System.Globalization;
using TeamBot.Core.Formatting;

namespace TeamBot.Core.Digest;

/// <summary>The Dutch sentences of the digest card, one home for each part.</summary>
public static class DigestTexts
{
    public const string Reminder =
        "Stel je contractvragen en vragen over de verwijsgids aan TeamBot in de chat: welke aanbieders gecontracteerd zijn, " +
        "tarieven, productcodes, einddata en wat de contractdocumenten zeggen. Je krijgt meteen antwoord, met de bron erbij.\n\n" +
        "Casuïstiek (een vraag over de situatie van één cliënt) beslist de toegang zelf. Wat TeamBot niet weet, zet hij met één klik door naar het inkoopteam.";

    public static string Summary(DigestQuestions questions, DigestTimeSaved saved)
    {
        if (questions.Total == 0) return $"Deze week zijn er geen vragen gesteld (vorige week {questions.PreviousWeek}).";
        var atOnce = questions.AnsweredAtOncePercent is { } share ? $" {DutchFormat.Number(share, 0)}% van de contractvragen en casuïstiek is direct beantwoord." : "";
        return $"{DutchFormat.Count(questions.Total, "vraag", "vragen")} deze week (vorige week {questions.PreviousWeek}).{atOnce}" +
               $" Geschatte tijdwinst: {DutchFormat.Number(saved.Hours, 1)} uur ({saved.MinutesPerQuestion} minuten per direct beantwoorde vraag).";
    }

    public static string OwnQuestions(DigestQuestions questions, string municipality) => questions.Total == 0
        ? $"Vanuit {municipality} zijn deze week geen vragen gesteld."
        : $"Vanuit {municipality} {DutchFormat.Noun(questions.Total, "is", "zijn")} deze week {DutchFormat.Count(questions.Total, "vraag", "vragen")} gesteld; " +
          $"{questions.AnsweredAtOnce} daarvan {DutchFormat.Noun(questions.AnsweredAtOnce, "is", "zijn")} direct beantwoord.";

    public static DigestSection Escalations(DigestEscalations escalations) => new("Escalaties", escalations switch
    {
        { Open: 0 } => "Geen open escalaties.",
        { Overdue: 0 } => $"{escalations.Open} open, geen langer dan {escalations.NormWorkingDays} werkdagen.",
        _ => $"{escalations.Open} open, waarvan {escalations.Overdue} langer dan {escalations.NormWorkingDays} werkdagen.",
    });

    public static DigestSection? Redirected(IReadOnlyList<DigestMunicipalityCount> perMunicipality)
    {
        var redirected = perMunicipality.Where(m => m.CaseQuestionsRedirected > 0).ToList();
        if (perMunicipality.Count == 0) return null;
        return new DigestSection("Casuïstiek doorverwezen naar de toegang", redirected.Count == 0
            ? "Deze week geen casuïstiek doorverwezen."
            : Bullets(redirected.OrderByDescending(m => m.CaseQuestionsRedirected).Select(m => $"{m.Municipality}: {m.CaseQuestionsRedirected}")));
    }

    public static DigestSection? MostAsked(IReadOnlyList<DigestTopic> products, IReadOnlyList<DigestTopic> providers)
    {
        if (products.Count == 0 && providers.Count == 0) return null;
        var lines = new List<string>();
        if (products.Count > 0) lines.Add("Producten: " + string.Join(", ", products.Select(p => $"{p.Name} ({p.Questions}×)")));
        if (providers.Count > 0) lines.Add("Aanbieders: " + string.Join(", ", providers.Select(p => $"{p.Name} ({p.Questions}×)")));
        return new DigestSection("Meest gevraagd", Bullets(lines));
    }

    public static DigestSection Feedback(DigestFeedback feedback)
    {
        var text = $"{feedback.Useful} keer nuttig, {feedback.NotUseful} keer niet nuttig.";
        if (feedback.NotUsefulAnswers.Count > 0)
            text += "\n\nNiet nuttig gevonden:\n" + Bullets(feedback.NotUsefulAnswers.Select(q => Shortened(q.Question, MaxQuestionLength)), DigestCards.MaxLines / 2);
        return new DigestSection("Feedback", text);
    }

    public static DigestSection Ending(IReadOnlyList<DigestEndingContract> contracts, string title)
    {
        if (contracts.Count == 0) return new DigestSection(title, "Geen.");
        var within90 = contracts.Count(c => c.WithinDays <= 90);
        var intro = contracts.Count > within90 ? $"{within90} binnen 90 dagen, {contracts.Count} binnen 180 dagen.\n\n" : "";
        return new DigestSection(title, intro + Bullets(contracts.Select(Ending)));
    }

    // The date first: it is what the reader scans for, and a date at the start of a line never wraps at its hyphens.
    private static string Ending(DigestEndingContract contract) =>
        $"{DutchDate(contract.EndDate)} ({DutchFormat.Count(contract.WithinDays, "dag", "dagen")}): {contract.Provider}, " +
        $"{contract.ProductName ?? contract.ProductCode} ({contract.ProductCode})";

    public static DigestSection ActionsDue(IReadOnlyList<DigestPlanAction> actions) => new("Acties uitvoeringsplan dit kwartaal", actions.Count == 0
        ? "Geen acties met een termijn in dit kwartaal."
        : Bullets(actions.Select(a => $"{a.Action} ({a.Due})")));

    public static DigestSection Changes(IReadOnlyList<DigestChange> changes) => new("Wijzigingen in de verwijsgids", changes.Count == 0
        ? "Deze week geen wijzigingen."
        : Bullets(changes.Select(Change)));

    private static string Change(DigestChange change) => change.Kind switch
    {
        "added" => $"Nieuw: {change.Provider}, {change.ProductCode}",
        "ended" => $"Beëindigd: {change.Provider}, {change.ProductCode} ({change.Detail})",
        _ => $"Gewijzigd: {change.Provider}, {change.ProductCode} ({change.Detail})",
    };

    public static DigestSection? UsefulAnswers(IReadOnlyList<DigestAnswer> answers) => answers.Count == 0
        ? null
        : new DigestSection("Nuttige antwoorden van deze week", string.Join("\n\n", answers.Select(a => $"Vraag: {Shortened(a.Question, MaxQuestionLength)}\n\nAntwoord: {Shortened(a.Answer, 300)}")));

    private static string Separator(string previous) => previous.EndsWith(':') || previous.EndsWith('.') || previous.EndsWith('?') ? " " : "; ";

    private static string Bullets(IEnumerable<string> lines, int max = DigestCards.MaxLines)
    {
        var all = lines.ToList();
        var shown = all.Take(all.Count > max ? max - 1 : max).Select(l => "- " + OneLine(l)).ToList();
        if (all.Count > shown.Count) shown.Add($"- en nog {all.Count - shown.Count}");
        return string.Join("\n", shown);
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A question keeps the card small (Teams shows cards up to about 28 KB): its start is enough to recognise it.</summary>
    public const int MaxQuestionLength = 200;

    /// <summary>A text as one line of at most <paramref name="max"/> characters: a list's items joined with "; ", sentences with a space.</summary>
    public static string Shortened(string text, int max)
    {
        var items = text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l).ToList();
        var line = string.Concat(items.Select((item, i) => i == 0 ? item : Separator(items[i - 1]) + item));
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }

    private static string DutchDate(string isoDate) =>
        DutchFormat.Date(DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
