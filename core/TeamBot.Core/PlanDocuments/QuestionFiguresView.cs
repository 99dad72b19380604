using System.Globalization;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Statistics;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// <c>vragen</c>: what the question log measured in the plan's period, for the evaluatie's "vragen van toegangen".
/// All zeros (and <c>heeftVragen</c> false) when nothing was logged in the period.
/// </summary>
public sealed record QuestionFiguresView
{
    /// <summary>The first and last day of the period as yyyy-MM-dd: <c>{{ datum vragen.van }}</c>.</summary>
    public required string Van { get; init; }

    public required string Tot { get; init; }

    public required bool HeeftVragen { get; init; }

    public required int Totaal { get; init; }

    public required IReadOnlyList<QuestionCategoryView> PerCategorie { get; init; }

    public required IReadOnlyList<QuestionMunicipalityView> PerGemeente { get; init; }

    public required IReadOnlyList<QuestionWeekView> PerWeek { get; init; }

    public required int CasuistiekDoorverwezen { get; init; }

    /// <summary>The contract and casuïstiek questions: the ones the inkoopteam used to answer.</summary>
    public required int Inhoudelijk { get; init; }

    /// <summary>Of <see cref="Inhoudelijk"/>, answered by TeamBot at once, without the inkoopteam.</summary>
    public required int DirectBeantwoord { get; init; }

    /// <summary>A percentage (80.5 for 80,5%); empty without questions.</summary>
    public decimal? DirectBeantwoordAandeel { get; init; }

    public required EscalationFiguresView Escalaties { get; init; }

    public required FeedbackFiguresView Feedback { get; init; }

    public required int MinutenPerVraag { get; init; }

    /// <summary>DirectBeantwoord × MinutenPerVraag, in hours.</summary>
    public required decimal BespaardeUren { get; init; }

    public static QuestionFiguresView From(QuestionStatistics figures)
    {
        var escalations = figures.Escalations;
        return new QuestionFiguresView
        {
            Van = Day(figures.Period.From),
            Tot = Day(figures.Period.To),
            HeeftVragen = figures.HasQuestions,
            Totaal = figures.Total,
            PerCategorie = figures.PerCategory.Select(c => new QuestionCategoryView(c.Category.ToWireName(), Name(c.Category), c.Questions)).ToList(),
            PerGemeente = figures.PerMunicipality.Select(m => new QuestionMunicipalityView(m.Municipality, m.Questions, m.CaseQuestionsRedirected)).ToList(),
            PerWeek = figures.PerWeek.Select(w => new QuestionWeekView(w.Week, w.Questions)).ToList(),
            CasuistiekDoorverwezen = figures.CaseQuestionsRedirected,
            Inhoudelijk = figures.AnsweredAtOnce.Questions,
            DirectBeantwoord = figures.AnsweredAtOnce.Answered,
            DirectBeantwoordAandeel = figures.AnsweredAtOnce.SharePercent,
            Escalaties = new EscalationFiguresView(escalations.Escalated, escalations.Answered, escalations.AnsweredWithinNorm,
                escalations.AnsweredWithinNormPercent, escalations.Open, escalations.OpenOverdue, escalations.NormWorkingDays,
                escalations.MedianWorkingDays, escalations.AverageWorkingDays),
            Feedback = new FeedbackFiguresView(figures.Feedback.Useful, figures.Feedback.NotUseful, figures.Feedback.CorrectedToContract),
            MinutenPerVraag = figures.TimeSaved.MinutesPerQuestion,
            BespaardeUren = figures.TimeSaved.Hours,
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Plural, as a table of counts reads: "Contractvragen 12".</summary>
    private static string Name(QuestionCategory category) => category switch
    {
        QuestionCategory.Contract => "Contractvragen",
        QuestionCategory.CaseQuestion => "Casuïstiek",
        _ => "Overig",
    };
}
