using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Questions.Statistics;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions;

public sealed class QuestionLogTests
{
    [Fact]
    public async Task Every_question_is_logged_with_category_intent_outcome_sources_gemeente_channel_and_latency()
    {
        await using var host = await QuestionTestHost.StartAsync();

        var answer = await host.AskAsync("Welke aanbieders leveren pleegzorg in Heerlen?", municipality: "heerlen", askerId: "user-1");

        var entry = Assert.Single(await host.Log.ListAsync(null, null));
        Assert.Equal(answer.LogId, entry.Id);
        Assert.Equal((QuestionCategory.Contract, "providers_for_product", QuestionOutcome.Answered), (entry.Category, entry.Intent, entry.Outcome));
        Assert.Equal("Heerlen", entry.AskerMunicipality);
        Assert.Equal("test", entry.Channel);
        Assert.Equal("verwijsgids", Assert.Single(entry.Sources).WireKind);
        Assert.Equal(host.Clock.GetUtcNow(), entry.AskedAt);
        Assert.True(entry.Confidence is > 0 and <= 1);
        Assert.True(entry.LatencyMilliseconds >= 0);
    }

    [Fact]
    public async Task The_purge_removes_entries_older_than_the_retention_and_keeps_the_rest()
    {
        await using var host = await QuestionTestHost.StartAsync(new Dictionary<string, string?> { ["Questions:LogRetentionDays"] = "30" });
        await host.AskAsync("Wie levert pleegzorg?");
        host.Clock.Advance(TimeSpan.FromDays(20));
        await host.AskAsync("Wie levert logeeropvang?");
        host.Clock.Advance(TimeSpan.FromDays(15));

        var removed = await host.Services.GetRequiredService<QuestionLogRetention>().PurgeAsync();

        Assert.Equal(1, removed);
        Assert.Equal("Wie levert logeeropvang?", Assert.Single(await host.Log.ListAsync(null, null)).RedactedText);
    }

    [Fact]
    public async Task The_export_has_every_question_and_counts_per_week_gemeente_and_category()
    {
        await using var host = await QuestionTestHost.StartAsync();
        await host.AskAsync("Wie levert pleegzorg?", "Heerlen");
        await host.AskAsync("Wat is het tarief van pleegzorg?", "Heerlen");
        await host.AskAsync("hoi", "Beek");
        host.Clock.Advance(TimeSpan.FromDays(7));
        await host.AskAsync("Wie levert logeeropvang?", "Heerlen");

        var bytes = await ExportAsync(host, new StatisticsPeriod(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30)));

        using var stream = new MemoryStream(bytes);
        Assert.Equal([QuestionLogWorkbook.QuestionsSheet, QuestionLogWorkbook.WeeklySheet, QuestionLogWorkbook.FiguresSheet], stream.GetSheetNames());
        Assert.Equal(4, stream.Query(useHeaderRow: true, sheetName: QuestionLogWorkbook.QuestionsSheet).Count());
        var weekly = stream.Query(useHeaderRow: true, sheetName: QuestionLogWorkbook.WeeklySheet)
            .Cast<IDictionary<string, object?>>()
            .Select(r => $"{r["Week"]} {r["Gemeente"]} {r["Categorie"]} {r["Aantal"]}")
            .ToList();
        Assert.Equal(["2026-W48 Beek overig 1", "2026-W48 Heerlen contract 2", "2026-W49 Heerlen contract 1"], weekly);
    }

    [Fact]
    public async Task The_export_has_the_figures_of_its_period_as_one_row_per_figure_ready_for_a_pivot()
    {
        await using var host = await QuestionTestHost.StartAsync();
        await SampleQuestions.AskAsync(host);

        var bytes = await ExportAsync(host, new StatisticsPeriod(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)));

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, sheetName: QuestionLogWorkbook.FiguresSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Van", "Tot en met", "Onderdeel", "Sleutel", "Waarde"], rows[0].Keys);
        Assert.All(rows, r => Assert.Equal((new DateTime(2026, 11, 23), new DateTime(2026, 11, 29)), ((DateTime)r["Van"]!, (DateTime)r["Tot en met"]!)));
        var figures = rows.ToDictionary(r => $"{r["Onderdeel"]}/{r["Sleutel"]}", r => r["Waarde"] is null ? (decimal?)null : Convert.ToDecimal(r["Waarde"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3m, figures["Vragen/totaal"]);
        Assert.Equal(2m, figures["Categorie/contract"]);
        Assert.Equal(1m, figures["Categorie/casuistiek"]);
        Assert.Equal(2m, figures["Gemeente/Heerlen"]);
        Assert.Equal(1m, figures["Casuïstiek doorverwezen/Beek"]);
        Assert.Equal(3m, figures["Week/2026-W48"]);
        Assert.Equal((1m, 1m, 0m), (figures["Escalaties/geëscaleerd"]!.Value, figures["Escalaties/open"]!.Value, figures["Escalaties/beantwoord"]!.Value));
        Assert.Null(figures["Escalaties/antwoordtijd mediaan (werkdagen)"]);
        Assert.Equal(20m, figures["Tijdsbesparing/minuten per vraag"]);
        Assert.Equal(rows.Count, figures.Count);
    }

    /// <summary>What `log export` writes: the entries of the period and their figures.</summary>
    private static async Task<byte[]> ExportAsync(QuestionTestHost host, StatisticsPeriod period)
    {
        var entries = await host.Log.ListAsync(null, null);
        var figures = await host.Services.GetRequiredService<QuestionStatisticsService>().CalculateAsync(entries, period);
        return QuestionLogWorkbook.Build(entries, figures, TestCalendar.On(host.Clock));
    }
}
