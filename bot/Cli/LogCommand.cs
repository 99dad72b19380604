using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TeamBot.Core.Formatting;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Questions.Statistics;
using TeamBot.Core.Regions;
using TeamBot.Core.WireFormat;

namespace TeamBot.Bot.Cli;

/// <summary>`teambot log export --out FILE.xlsx [--from DATE] [--to DATE]`, `teambot log stats [--from DATE] [--to DATE] [--json]` and `teambot log purge`.</summary>
internal static class LogCommand
{
    private static readonly string[] DateFormats = ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd"];

    private static readonly JsonSerializerOptions Json = new(CliJson.Indented) { Converters = { new WireNameJsonConverter() } };

    public static Command Create(Option<string?> data)
    {
        var log = new Command("log", "Het vragenlogboek (zonder persoonsgegevens).");
        log.Subcommands.Add(Export(data));
        log.Subcommands.Add(Stats(data));
        log.Subcommands.Add(Purge(data));
        return log;
    }

    private static Command Export(Option<string?> data)
    {
        var output = new Option<string>("--out") { Description = "Het Excel-bestand om te schrijven.", Required = true };
        var (from, to) = PeriodOptions("Vanaf deze datum (dd-mm-jjjj).");
        var export = new Command("export", "Exporteer het logboek naar Excel, met aantallen per week, gemeente en categorie en een blad met de cijfers.") { output, from, to };
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryPeriodDates(parseResult, from, to, out var fromDate, out var toDate)) return TeamBotCommandLine.ExitBadInput;
            using var host = await CliServices.StartAsync(parseResult.GetValue(data), loadSample: false, cancellationToken);
            var services = host.Services;
            var calendar = services.GetRequiredService<RegionCalendar>();
            var entries = await services.GetRequiredService<IQuestionLog>().ListAsync(
                StartOfDay(fromDate, calendar), StartOfDay(toDate?.AddDays(1), calendar), cancellationToken);
            var figures = await services.GetRequiredService<QuestionStatisticsService>().CalculateAsync(
                entries, ExportPeriod(fromDate, toDate, entries, calendar), cancellationToken);
            var path = parseResult.GetValue(output)!;
            await File.WriteAllBytesAsync(path, QuestionLogWorkbook.Build(entries, figures, calendar), cancellationToken);
            Console.WriteLine($"{DutchFormat.Count(entries.Count, "vraag", "vragen")} geëxporteerd naar {path}.");
            return TeamBotCommandLine.ExitOk;
        });
        return export;
    }

    private static Command Stats(Option<string?> data)
    {
        var (from, to) = PeriodOptions("Vanaf deze datum (dd-mm-jjjj); standaard 1 januari van het jaar van --to.");
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON." };
        var stats = new Command("stats", "Toon de cijfers van het logboek over een periode: per categorie, gemeente en week, escalaties, feedback en bespaarde uren.") { from, to, json };
        stats.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryPeriodDates(parseResult, from, to, out var fromDate, out var toDate)) return TeamBotCommandLine.ExitBadInput;
            using var host = await CliServices.StartAsync(parseResult.GetValue(data), loadSample: false, cancellationToken);
            var services = host.Services;
            var last = toDate ?? services.GetRequiredService<RegionCalendar>().Today;
            var first = fromDate ?? new DateOnly(last.Year, 1, 1);
            if (!InOrder(first, last)) return TeamBotCommandLine.ExitBadInput;
            var figures = await services.GetRequiredService<QuestionStatisticsService>().CalculateAsync(new StatisticsPeriod(first, last), cancellationToken);
            Console.Write(parseResult.GetValue(json) ? JsonSerializer.Serialize(figures, Json) + Environment.NewLine : QuestionStatisticsText.Render(figures));
            return TeamBotCommandLine.ExitOk;
        });
        return stats;
    }

    private static Command Purge(Option<string?> data)
    {
        var purge = new Command("purge", "Verwijder logregels ouder dan de bewaartermijn (Questions:LogRetentionDays).");
        purge.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(parseResult.GetValue(data), loadSample: false, cancellationToken);
            var services = host.Services;
            var removed = await services.GetRequiredService<QuestionLogRetention>().PurgeAsync(cancellationToken);
            Console.WriteLine($"{removed} logregels verwijderd.");
            return TeamBotCommandLine.ExitOk;
        });
        return purge;
    }

    private static (Option<string?> From, Option<string?> To) PeriodOptions(string fromDescription) =>
        (new Option<string?>("--from") { Description = fromDescription },
         new Option<string?>("--to") { Description = "Tot en met deze datum (dd-mm-jjjj); standaard vandaag." });

    /// <summary>Both dates readable and, when both are given, in order; otherwise the problem is on stderr.</summary>
    private static bool TryPeriodDates(ParseResult parseResult, Option<string?> from, Option<string?> to, out DateOnly? fromDate, out DateOnly? toDate)
    {
        toDate = null;
        if (!TryDate(parseResult.GetValue(from), "--from", out fromDate) || !TryDate(parseResult.GetValue(to), "--to", out toDate)) return false;
        return fromDate is not { } first || toDate is not { } last || InOrder(first, last);
    }

    private static bool InOrder(DateOnly from, DateOnly to)
    {
        if (from <= to) return true;
        Console.Error.WriteLine($"--from {DutchFormat.Date(from)} ligt na --to {DutchFormat.Date(to)}: de periode moet beginnen vóór ze eindigt.");
        return false;
    }

    /// <summary>An open end of the export is the first question logged, or today: the figures then cover exactly the rows exported.</summary>
    private static StatisticsPeriod ExportPeriod(DateOnly? from, DateOnly? to, IReadOnlyList<QuestionLogEntry> entries, RegionCalendar calendar)
    {
        var first = from ?? (entries.Count > 0 ? calendar.DateOf(entries[0].AskedAt) : calendar.Today);
        var last = to ?? (calendar.Today < first ? first : calendar.Today);
        return new StatisticsPeriod(first, last);
    }

    private static bool TryDate(string? text, string option, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        Console.Error.WriteLine($"{option}: '{text}' is geen geldige datum (verwacht dd-mm-jjjj, bijvoorbeeld 01-11-2026).");
        return false;
    }

    private static DateTimeOffset? StartOfDay(DateOnly? date, RegionCalendar calendar) =>
        date is null ? null : calendar.StartOf(date.Value);
}
