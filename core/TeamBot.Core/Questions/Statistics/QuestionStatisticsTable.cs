using TeamBot.Core.Questions.Classification;

namespace TeamBot.Core.Questions.Statistics;

/// <summary>
/// The figures as one long table, one row per figure (onderdeel, sleutel, waarde), ready for a pivot: the Excel sheet
/// "Cijfers" and the text of `log stats` are both made of these rows, so they always show the same figures.
/// </summary>
public static class QuestionStatisticsTable
{
    /// <param name="Part">Onderdeel: "Vragen", "Categorie", "Gemeente", "Week", ...</param>
    /// <param name="Key">Sleutel within the part: a category, gemeente, week or the name of a figure.</param>
    /// <param name="Value">Null where there is nothing to measure (a median without answered escalations).</param>
    public sealed record Row(string Part, string Key, decimal? Value);

    public const string Questions = "Vragen";
    public const string Category = "Categorie";
    public const string Municipality = "Gemeente";
    public const string Redirected = "Casuïstiek doorverwezen";
    public const string Week = "Week";
    public const string Escalations = "Escalaties";
    public const string Feedback = "Feedback";
    public const string TimeSaved = "Tijdsbesparing";

    public static IReadOnlyList<Row> Rows(QuestionStatistics figures)
    {
        var escalations = figures.Escalations;
        var norm = $"{escalations.NormWorkingDays} werkdagen";
        return
        [
            new(Questions, "totaal", figures.Total),
            new(Questions, "over contract en casuïstiek", figures.AnsweredAtOnce.Questions),
            new(Questions, "direct beantwoord", figures.AnsweredAtOnce.Answered),
            new(Questions, "direct beantwoord (%)", figures.AnsweredAtOnce.SharePercent),
            new(Questions, "casuïstiek doorverwezen", figures.CaseQuestionsRedirected),
            .. figures.PerCategory.Select(c => new Row(Category, c.Category.ToWireName(), c.Questions)),
            .. figures.PerMunicipality.Select(m => new Row(Municipality, m.Municipality, m.Questions)),
            .. figures.PerMunicipality.Select(m => new Row(Redirected, m.Municipality, m.CaseQuestionsRedirected)),
            .. figures.PerWeek.Select(w => new Row(Week, w.Week, w.Questions)),
            new(Escalations, "geëscaleerd", escalations.Escalated),
            new(Escalations, "beantwoord", escalations.Answered),
            new(Escalations, $"beantwoord binnen {norm}", escalations.AnsweredWithinNorm),
            new(Escalations, $"beantwoord binnen {norm} (%)", escalations.AnsweredWithinNormPercent),
            new(Escalations, "open", escalations.Open),
            new(Escalations, $"open, langer dan {norm}", escalations.OpenOverdue),
            new(Escalations, "antwoordtijd mediaan (werkdagen)", escalations.MedianWorkingDays),
            new(Escalations, "antwoordtijd gemiddeld (werkdagen)", escalations.AverageWorkingDays),
            new(Feedback, "nuttig", figures.Feedback.Useful),
            new(Feedback, "niet nuttig", figures.Feedback.NotUseful),
            new(Feedback, "toch een contractvraag", figures.Feedback.CorrectedToContract),
            new(TimeSaved, "minuten per vraag", figures.TimeSaved.MinutesPerQuestion),
            new(TimeSaved, "uren bespaard", figures.TimeSaved.Hours),
        ];
    }
}
