using TeamBot.Core.Digest;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Storage;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Digest;

/// <summary>The week's figures from the real pipeline and storage: the right week, the right gemeenten, nothing of other weeks.</summary>
public sealed class DigestBuilderTests : IAsyncLifetime
{
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);
    private static readonly IsoWeek Week49 = new(2026, 49);
    private readonly TempDirectory _folder = new();
    private DigestTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await DigestTestHost.StartAsync(_folder.File("data"), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, Cet)));
        var earlier = await _host.AskAtAsync(new(2026, 11, 19, 10, 0, 0, Cet), "Wat kost ambulante jeugdhulp bij Radar?", "Heerlen");
        await _host.Get<EscalationService>().EscalateAsync(earlier.LogId!.Value, "msteams:a:1", null); // open since W47: overdue in W49
        await _host.AskAtAsync(new(2026, 11, 24, 10, 0, 0, Cet), "Wie biedt logeeropvang in Heerlen?", "Heerlen");
        await _host.AskAtAsync(new(2026, 11, 26, 10, 0, 0, Cet), "Wie biedt logeeropvang in Kerkrade?", "Kerkrade");

        var useful = await _host.AskAtAsync(new(2026, 11, 30, 10, 0, 0, Cet), "Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?", "Heerlen");
        await _host.Get<IQuestionLog>().SetFeedbackAsync(useful.LogId!.Value, AnswerFeedback.Useful);
        var caseQuestion = await _host.AskAtAsync(new(2026, 12, 1, 11, 0, 0, Cet), "Mevrouw Jansen (34) wil minder uren begeleiding, hoeveel moet ik indiceren?", "Kerkrade", "tenant:asker-2");
        await _host.Get<IQuestionLog>().SetFeedbackAsync(caseQuestion.LogId!.Value, AnswerFeedback.Useful);
        await _host.AskAtAsync(new(2026, 12, 2, 12, 0, 0, Cet), "Hallo, bedankt!", null, "tenant:asker-3");
        var unanswered = await _host.AskAtAsync(new(2026, 12, 3, 9, 0, 0, Cet), "Wat is de wachttijd voor de xyz-regeling?", "Heerlen");
        await _host.Get<IQuestionLog>().SetFeedbackAsync(unanswered.LogId!.Value, AnswerFeedback.NotUseful);
        await _host.Get<EscalationService>().EscalateAsync(unanswered.LogId!.Value, "msteams:a:1", null);
        await RegionChanges.ImportAsync(_host.Get<IRegionStore>(), new(2026, 12, 2, 14, 0, 0, Cet), RegionChanges.End("Autismepunt Zuid", "44C01", new DateOnly(2026, 12, 31)));
        await _host.AskAtAsync(new(2026, 12, 7, 8, 30, 0, Cet), "Wie biedt logeeropvang in Heerlen?", "Heerlen"); // week 50
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    private Task<WeeklyDigest> BuildAsync(DigestAudience audience, string? municipality = null) =>
        _host.Get<DigestBuilder>().BuildAsync(Week49, audience, municipality);

    [Fact]
    public async Task The_inkoopteam_gets_the_figures_of_that_week_only()
    {
        var digest = await BuildAsync(DigestAudience.Inkoopteam);

        Assert.Equal("2026-W49", digest.Week);
        Assert.Equal(("2026-11-30", "2026-12-06"), (digest.From, digest.To));
        Assert.Equal(new DigestQuestions(4, 2, 1, 1, 2, 66.7m, 2), digest.Questions);
        Assert.Equal(["2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"], digest.Trend!.Select(t => t.Week));
        Assert.Equal([0, 0, 0, 0, 0, 1, 2, 4], digest.Trend!.Select(t => t.Total));
        Assert.Equal(new DigestTimeSaved(15, 0.5m), digest.TimeSaved);
    }

    [Fact]
    public async Task Questions_without_a_gemeente_count_as_onbekend_and_casuistiek_redirected_per_gemeente()
    {
        var digest = await BuildAsync(DigestAudience.Inkoopteam);

        Assert.Equal(
            [new("Heerlen", 2, 0), new("Kerkrade", 1, 1), new("onbekend", 1, 0)],
            digest.PerMunicipality.OrderBy(m => m.Municipality, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Open_escalations_count_those_past_five_werkdagen_at_the_end_of_the_week()
    {
        var digest = await BuildAsync(DigestAudience.Inkoopteam);
        Assert.Equal(new DigestEscalations(Open: 2, Overdue: 1), digest.Escalations);
    }

    [Fact]
    public async Task The_work_lists_name_the_redacted_questions_the_products_and_the_feedback()
    {
        var digest = await BuildAsync(DigestAudience.Inkoopteam);

        Assert.Equal(["Wat is de wachttijd voor de xyz-regeling?"], digest.Unanswered!.Select(q => q.Question));
        Assert.Equal(("Kortdurend verblijf (logeeropvang)", "44C01", 1), (digest.TopProducts![0].Name, digest.TopProducts[0].Code, digest.TopProducts[0].Questions));
        Assert.Equal((2, 1), (digest.Feedback!.Useful, digest.Feedback.NotUseful));
        Assert.Equal(["Wat is de wachttijd voor de xyz-regeling?"], digest.Feedback.NotUsefulAnswers.Select(q => q.Question));
        Assert.DoesNotContain(digest.Unanswered!, q => q.Question.Contains("Jansen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Contracts_ending_within_180_days_count_from_the_monday_after_the_week()
    {
        var digest = await BuildAsync(DigestAudience.Inkoopteam);

        Assert.NotEmpty(digest.EndingContracts);
        Assert.All(digest.EndingContracts, c => Assert.InRange(c.WithinDays, 0, 180));
        var logeerhuis = digest.EndingContracts.First(c => c.Provider == "Logeerhuis De Vlinder");
        Assert.Equal(("44C01", "2026-12-31", 24), (logeerhuis.ProductCode, logeerhuis.EndDate, logeerhuis.WithinDays));
        Assert.DoesNotContain(digest.EndingContracts, c => c.Provider == "Autismepunt Zuid" && c.ProductCode == "44C01"); // ended this week
    }

    [Fact]
    public async Task This_weeks_import_changes_are_listed_and_the_first_import_is_not()
    {
        var digest = await BuildAsync(DigestAudience.Inkoopteam);

        var change = Assert.Single(digest.Changes);
        Assert.Equal(("ended", "Autismepunt Zuid", "44C01", "2026-12-02"), (change.Kind, change.Provider, change.ProductCode, change.ImportedOn));
        Assert.Contains("31-12-2026", change.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_toegang_sees_its_own_gemeente_only()
    {
        var heerlen = await BuildAsync(DigestAudience.Toegangen, "Heerlen");

        Assert.Equal("toegangen", heerlen.Audience);
        Assert.Equal(2, heerlen.Questions!.Total);
        Assert.Equal(["Heerlen"], heerlen.PerMunicipality.Select(m => m.Municipality));
        Assert.Null(heerlen.Trend);
        Assert.Null(heerlen.Unanswered);
        Assert.Null(heerlen.Feedback);
        Assert.Equal(new DigestEscalations(2, 1), heerlen.Escalations);
        Assert.All(heerlen.EndingContracts, c => Assert.InRange(c.WithinDays, 0, 90));
        Assert.DoesNotContain(heerlen.EndingContracts, c => c.Provider == "Logeerhuis De Vlinder"); // not contracted for Heerlen
        Assert.Equal(["Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?"], heerlen.UsefulAnswers!.Select(a => a.Question));

        var kerkrade = await BuildAsync(DigestAudience.Toegangen, "Kerkrade");
        Assert.Equal(new DigestEscalations(0, 0), kerkrade.Escalations);
        Assert.Empty(kerkrade.UsefulAnswers!);
    }

    [Fact]
    public async Task A_casuistiek_answer_marked_useful_never_reaches_a_toegangen_digest()
    {
        Assert.Empty((await BuildAsync(DigestAudience.Toegangen, "Kerkrade")).UsefulAnswers!);
        Assert.DoesNotContain((await BuildAsync(DigestAudience.Toegangen)).UsefulAnswers!, a => a.Question.Contains("indiceren", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_question_with_a_standard_answer_by_now_is_no_longer_a_candidate()
    {
        await _host.Get<TeamBot.Core.Questions.Faq.FaqCache>().SaveAsync("Wat is de wachttijd voor de xyz-regeling?", "Vier weken.", ticketId: null);

        var digest = await BuildAsync(DigestAudience.Inkoopteam);

        Assert.Empty(digest.Unanswered!);
        Assert.Equal(0, digest.UnansweredTotal);
    }

    [Fact]
    public async Task A_toegangen_digest_without_a_gemeente_has_no_question_figures()
    {
        var digest = await BuildAsync(DigestAudience.Toegangen);

        Assert.Null(digest.Questions);
        Assert.Empty(digest.PerMunicipality);
        Assert.Single(digest.Changes);
    }
}
