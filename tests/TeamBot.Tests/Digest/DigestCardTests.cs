using TeamBot.Core.Alerts;
using TeamBot.Core.Cards;
using TeamBot.Core.Digest;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Tests.Cards;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Digest;

/// <summary>
/// The digest and alert cards as users get them. Each is saved for the JS suite, which validates it against the Adaptive
/// Card 1.5 schema with the Teams chart elements and the Teams card schema, and renders it (charts as their fallback).
/// </summary>
public sealed class DigestCardTests
{
    private static readonly string[] Gemeenten =
        ["Beek", "Beekdaelen", "Brunssum", "Eijsden-Margraten", "Gulpen-Wittem", "Heerlen", "Kerkrade", "Landgraaf", "Maastricht",
         "Meerssen", "Simpelveld", "Sittard-Geleen", "Stein", "Vaals", "Valkenburg aan de Geul", "Voerendaal", "onbekend"];

    private static readonly DigestCards Cards = new(CardTestKit.Templates());

    public static WeeklyDigest Busy { get; } = new()
    {
        Week = "2026-W49",
        Audience = "inkoopteam",
        From = "2026-11-30",
        To = "2026-12-06",
        Questions = new DigestQuestions(87, 61, 17, 9, 70, 89.7m, 74),
        Trend = Enumerable.Range(42, 8).Select(w => new DigestWeekCount($"2026-W{w}", 50 + 5 * (w - 42))).ToList(),
        PerMunicipality = Gemeenten.Select((g, i) => new DigestMunicipalityCount(g, 3 + i % 7, i % 3)).ToList(),
        Escalations = new DigestEscalations(4, 1),
        TopProducts = [new("Kortdurend verblijf (logeeropvang)", "44C01", 9), new("Begeleiding individueel (BGI-ZIN)", "02A01", 7)],
        TopProviders = [new("Stichting Gehandicaptenzorg (SGL)", null, 6), new("Radar Jeugd & Opvoeding", null, 5)],
        Unanswered = Enumerable.Range(1, 7).Select(i => new DigestQuestion(100 + i, $"Wat is de wachttijdnorm voor product {i} bij [NAAM]?", "ref" + i)).ToList(),
        UnansweredTotal = 38,
        Feedback = new DigestFeedback(23, 3, [new DigestQuestion(90, "Mag ik BGI en BGG combineren?")]),
        TimeSaved = new DigestTimeSaved(15, 17.5m),
        EndingContracts =
        [
            new("Autismepunt Zuid", "44C01", "Kortdurend verblijf (logeeropvang)", "2026-12-31", 24),
            new("Stichting Gehandicaptenzorg (SGL)", "44C01", "Kortdurend verblijf (logeeropvang)", "2027-03-31", 114),
        ],
        ActionsDue = [new DigestPlanAction("Uitvoeringsplan 2026", "Evaluatie van de verwijsgids met de toegangen", "4e kwartaal 2026")],
        Changes =
        [
            new("ended", "Autismepunt Zuid", "44C01", "beëindigd per 31-12-2026", "Heerlen, Kerkrade", "2026-12-02"),
            new("changed", "Radar Jeugd & Opvoeding", "45A01", "tarief € 72,50 → € 74,10", "Alle", "2026-12-02"),
            new("added", "Zorgboerderij De Kempen", "02A01", "nieuw gecontracteerd", "Alle", "2026-12-02"),
        ],
    };

    public static WeeklyDigest Quiet { get; } = Busy with
    {
        Questions = new DigestQuestions(0, 0, 0, 0, 0, null, 0),
        Trend = Enumerable.Range(42, 8).Select(w => new DigestWeekCount($"2026-W{w}", 0)).ToList(),
        PerMunicipality = [],
        TopProducts = [],
        TopProviders = [],
        Unanswered = [],
        Feedback = new DigestFeedback(0, 0, []),
        TimeSaved = new DigestTimeSaved(15, 0),
        EndingContracts = [],
        ActionsDue = [],
        Changes = [],
    };

    public static WeeklyDigest Toegang { get; } = new()
    {
        Week = "2026-W49",
        Audience = "toegangen",
        Municipality = "Heerlen",
        From = "2026-11-30",
        To = "2026-12-06",
        Questions = new DigestQuestions(12, 9, 2, 1, 10, 90.9m, 8),
        PerMunicipality = [new("Heerlen", 12, 2)],
        Escalations = new DigestEscalations(1, 0),
        EndingContracts = [new("Autismepunt Zuid", "44C01", "Kortdurend verblijf (logeeropvang)", "2026-12-31", 24)],
        Changes = [new("ended", "Autismepunt Zuid", "44C01", "beëindigd per 31-12-2026", "Heerlen, Kerkrade", "2026-12-02")],
        UsefulAnswers = [new DigestAnswer(7, "Wie biedt logeeropvang in Heerlen?", "Gecontracteerd in Heerlen voor Kortdurend verblijf (logeeropvang) (44C01):\n- Autismepunt Zuid\n- Stichting Gehandicaptenzorg (SGL)")],
    };

    [Fact]
    public void The_inkoopteam_card_has_the_three_charts_each_with_its_figures_as_text()
    {
        var card = Cards.Render(Busy, CardActionStyle.Execute);
        CardArtifacts.Save("digest-inkoopteam", card);
        CardAssert.WellFormed(card);

        var charts = card.Element.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString()!.StartsWith("Chart.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Chart.Line", "Chart.Donut", "Chart.VerticalBar"], charts.Select(c => c.GetProperty("type").GetString()));
        foreach (var chart in charts)
        {
            var fallback = chart.GetProperty("fallback").GetProperty("text").GetString()!;
            Assert.StartsWith(chart.GetProperty("title").GetString()! + ":", fallback, StringComparison.Ordinal);
        }
        Assert.Equal(8, charts[0].GetProperty("data")[0].GetProperty("values").GetArrayLength());
        Assert.Equal(87, charts[1].GetProperty("data").EnumerateArray().Sum(d => d.GetProperty("value").GetInt32()));
        Assert.Equal(Gemeenten.Length, charts[2].GetProperty("data").GetArrayLength());
        Assert.Contains("Vragen per gemeente: Beek\u00A03", charts[2].GetProperty("fallback").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_inkoopteam_card_says_the_week_and_its_work_lists()
    {
        var texts = CardTestKit.Texts(Cards.Render(Busy, CardActionStyle.Execute));

        Assert.Contains("Week 49: 30 november t/m 6 december 2026", texts);
        Assert.Contains(texts, t => t.StartsWith("87 vragen deze week (vorige week 74). 90% van de contractvragen", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("17,5 uur (15 minuten per direct beantwoorde vraag)", StringComparison.Ordinal));
        Assert.Contains("4 open, waarvan 1 langer dan 5 werkdagen.", texts);
        Assert.Contains("31-12-2026 (24 dagen): Autismepunt Zuid, Kortdurend verblijf (logeeropvang) (44C01)", texts);
        Assert.Contains("1 binnen 90 dagen, 2 binnen 180 dagen.", texts);
        Assert.Contains("Evaluatie van de verwijsgids met de toegangen (4e kwartaal 2026)", texts);
        Assert.Contains("Gewijzigd: Radar Jeugd & Opvoeding, 45A01 (tarief € 72,50 → € 74,10)", texts);
        Assert.Contains("en nog 33 andere in de vragenlog", texts);
    }

    [Theory]
    [InlineData(CardActionStyle.Execute)]
    [InlineData(CardActionStyle.Submit)]
    public void Each_unanswered_question_has_its_own_answer_box_that_saves_a_standard_answer(CardActionStyle style)
    {
        var card = Cards.Render(Busy, style);
        var showCards = CardTestKit.OfType(card, "Action.ShowCard").ToList();

        Assert.Equal(5, showCards.Count);
        var inputs = showCards.Select(s => s.GetProperty("card").GetProperty("body")[0].GetProperty("id").GetString()).ToList();
        Assert.Equal(inputs.Distinct().Count(), inputs.Count);
        var save = showCards[0].GetProperty("card").GetProperty("actions")[0];
        var data = CardAssert.SendsVerb(save, style, CardVerbs.FaqWrite);
        Assert.Equal(103, data.GetProperty("logId").GetInt64());
        Assert.Equal("ref3", data.GetProperty("ref").GetString());
        Assert.Equal(CardVerbs.FaqAnswerInputId(103), inputs[0]);
    }

    [Fact]
    public void A_quiet_week_says_so_and_draws_no_empty_charts()
    {
        var card = Cards.Render(Quiet, CardActionStyle.Execute);
        CardArtifacts.Save("digest-inkoopteam-quiet", card);
        CardAssert.WellFormed(card);

        Assert.DoesNotContain("Chart.", card.Json, StringComparison.Ordinal);
        var texts = CardTestKit.Texts(card);
        Assert.Contains("Deze week zijn er geen vragen gesteld (vorige week 0).", texts);
        Assert.Contains("Deze week geen wijzigingen.", texts);
    }

    [Fact]
    public void The_toegangen_card_has_changes_endings_useful_answers_and_what_the_bot_is_for()
    {
        var card = Cards.Render(Toegang, CardActionStyle.Execute);
        CardArtifacts.Save("digest-toegangen", card);
        CardAssert.WellFormed(card);

        var texts = CardTestKit.Texts(card);
        Assert.Contains("Weekoverzicht toegang Heerlen", texts);
        Assert.Contains("Vanuit Heerlen zijn deze week 12 vragen gesteld; 10 daarvan zijn direct beantwoord.", texts);
        Assert.Contains("Beëindigd: Autismepunt Zuid, 44C01 (beëindigd per 31-12-2026)", texts);
        Assert.Contains("Waar TeamBot je mee helpt", texts);
        Assert.Contains(texts, t => t.StartsWith("Vraag: Wie biedt logeeropvang in Heerlen?", StringComparison.Ordinal));
        Assert.DoesNotContain("Chart.", card.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("Kerkrade:", card.Json, StringComparison.Ordinal);
        Assert.Empty(CardTestKit.OfType(card, "Action.ShowCard"));
    }

    [Fact]
    public void The_change_alert_says_what_changed_from_when_and_who_is_contracted_instead()
    {
        var data = RegionData.Empty with
        {
            Products = [new Product("44C01", "Kortdurend verblijf (logeeropvang)", "Jeugdwet", null, null, "etmaal", null)],
            Contracts =
            [
                Contract("Autismepunt Zuid", ["Heerlen", "Kerkrade"], ContractStatus.Ended),
                Contract("Stichting Gehandicaptenzorg (SGL)", [], ContractStatus.Active, all: true),
                Contract("Logeerhuis De Vlinder", ["Beek"], ContractStatus.Active),
            ],
        };
        var import = new ImportRecord(3, new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.FromHours(1)), "regio.xlsx", "x", data.Counts,
        [
            new ContractChange(ContractChangeKind.Ended, "Autismepunt Zuid", "44C01", "Segment 2", "Heerlen, Kerkrade", "beëindigd per 31-12-2026"),
            new ContractChange(ContractChangeKind.Changed, "Logeerhuis De Vlinder", "44C01", "Segment 2", "Beek", "tarief € 214,00 → € 220,00"),
        ]);
        var alerts = new ChangeAlertCards(CardTestKit.Templates(), TestCalendar.At(import.ImportedAt));

        var card = alerts.Render(import, import.Changes, data, "Heerlen", 90);
        CardArtifacts.Save("alert-ended", card);
        CardAssert.WellFormed(card);

        var texts = CardTestKit.Texts(card);
        Assert.Contains("Beëindigd: Autismepunt Zuid, Kortdurend verblijf (logeeropvang) (44C01)", texts);
        Assert.Contains("Beëindigd per 31-12-2026.", texts);
        Assert.Contains("Ook gecontracteerd voor Kortdurend verblijf (logeeropvang) in Heerlen: Stichting Gehandicaptenzorg (SGL).", texts);
        Assert.Contains("In de verwijsgids van 2 december 2026 gewijzigd: tarief € 214,00 → € 220,00.", texts);
        Assert.Contains(texts, t => t.Contains("Typ \"meldingen uit\"", StringComparison.Ordinal));
    }

    private static Contract Contract(string provider, IReadOnlyList<string> municipalities, ContractStatus status, bool all = false) =>
        new(provider, "44C01", "Zuid-Limburg", municipalities, all, DeliveryModel.EffortBased, 214m, new DateOnly(2023, 1, 1),
            new DateOnly(2027, 12, 31), null, "Segment 2", status, null);
}
