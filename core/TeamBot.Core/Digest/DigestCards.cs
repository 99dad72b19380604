using System.Globalization;
using TeamBot.Core.Cards;
using TeamBot.Core.Formatting;

namespace TeamBot.Core.Digest;

/// <summary>
/// The digest as an Adaptive Card from templates/cards (digest-inkoopteam, digest-toegangen). Every chart is a Teams
/// chart element with a text fallback, since mobile clients and other hosts draw no charts.
/// </summary>
public sealed class DigestCards(AdaptiveCardTemplates templates)
{
    public const int MaxLines = 8;

    public RenderedCard Render(WeeklyDigest digest, CardActionStyle style) => digest.Audience == "inkoopteam"
        ? templates.Render("digest-inkoopteam", Inkoopteam(digest, style))
        : templates.Render("digest-toegangen", Toegangen(digest));

    private static object Inkoopteam(WeeklyDigest digest, CardActionStyle style)
    {
        var questions = digest.Questions!;
        return new
        {
            Header = new CardHeader("Weekoverzicht inkoopteam"),
            Title = Title(digest),
            Summary = DigestTexts.Summary(questions, digest.TimeSaved!),
            Charts = questions.Total == 0 ? null : DigestCharts.For(digest),
            Sections = Sections(
                DigestTexts.Escalations(digest.Escalations),
                DigestTexts.Redirected(digest.PerMunicipality),
                DigestTexts.MostAsked(digest.TopProducts!, digest.TopProviders!),
                DigestTexts.Feedback(digest.Feedback!),
                DigestTexts.Ending(digest.EndingContracts, "Contracten die binnen 180 dagen aflopen"),
                DigestTexts.ActionsDue(digest.ActionsDue!),
                DigestTexts.Changes(digest.Changes)),
            Unanswered = digest.Unanswered is { Count: > 0 } open ? open.TakeLast(5).Select(q => Candidate(q, style)).ToList() : null,
            UnansweredMore = (digest.UnansweredTotal ?? 0) - Math.Min(5, digest.Unanswered?.Count ?? 0) is > 0 and var more ? $"en nog {more} andere in de vragenlog" : null,
        };
    }

    private static object Toegangen(WeeklyDigest digest) => new
    {
        Header = new CardHeader(digest.Municipality is { } name ? $"Weekoverzicht toegang {name}" : "Weekoverzicht toegangen"),
        Title = Title(digest),
        Summary = digest.Questions is { } own ? DigestTexts.OwnQuestions(own, digest.Municipality!) : null,
        Sections = Sections(
            DigestTexts.Changes(digest.Changes),
            DigestTexts.Ending(digest.EndingContracts, "Contracten die binnen 90 dagen aflopen"),
            DigestTexts.UsefulAnswers(digest.UsefulAnswers ?? [])),
        Reminder = CardText.Parts(DigestTexts.Reminder),
    };

    private static List<object> Sections(params DigestSection?[] sections) =>
        sections.OfType<DigestSection>().Select(s => (object)new { s.Title, Parts = CardText.Parts(s.Text) }).ToList();

    /// <summary>A question the bot could not answer, with an answer box that saves a standard answer for it.</summary>
    private static object Candidate(DigestQuestion question, CardActionStyle style) => new
    {
        Question = DigestTexts.Shortened(question.Question, DigestTexts.MaxQuestionLength),
        InputId = CardVerbs.FaqAnswerInputId(question.LogId),
        Save = CardAction.ForVerb(style, "Opslaan als standaardantwoord", CardVerbs.FaqWrite,
            new Dictionary<string, object?> { [CardVerbs.LogIdKey] = question.LogId, [CardVerbs.ReferenceKey] = question.Reference }, "positive"),
    };

    /// <summary>"Week 49: 30 november t/m 6 december 2026".</summary>
    public static string Title(WeeklyDigest digest)
    {
        var from = DateOnly.ParseExact(digest.From, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(digest.To, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var start = from.Month == to.Month ? from.Day.ToString(CultureInfo.InvariantCulture)
            : from.Year == to.Year ? from.ToString("d MMMM", DutchFormat.Culture) : DutchFormat.LongDate(from);
        return $"Week {digest.Week[^2..].TrimStart('0')}: {start} t/m {DutchFormat.LongDate(to)}";
    }
}

/// <summary>A titled part of the digest card: lines as "- " bullets or plain sentences.</summary>
public sealed record DigestSection(string Title, string Text);
