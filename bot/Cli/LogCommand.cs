using System.CommandLine;
using System.Globalization;
using TeamBot.Core.Formatting;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;

namespace TeamBot.Bot.Cli;

/// <summary>`teambot log export --out FILE.xlsx [--from DATE] [--to DATE]` and `teambot log purge`.</summary>
internal static class LogCommand
{
    private static readonly string[] DateFormats = ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd"];

    public static Command Create(Option<string?> data)
    {
        var log = new Command("log", "Het vragenlogboek (zonder persoonsgegevens).");
        log.Subcommands.Add(Export(data));
        log.Subcommands.Add(Purge(data));
        return log;
    }

    private static Command Export(Option<string?> data)
    {
        var output = new Option<string>("--out") { Description = "Het Excel-bestand om te schrijven.", Required = true };
        var from = new Option<string?>("--from") { Description = "Vanaf deze datum (dd-mm-jjjj)." };
        var to = new Option<string?>("--to") { Description = "Tot en met deze datum (dd-mm-jjjj)." };
        var export = new Command("export", "Exporteer het logboek naar Excel, met aantallen per week, gemeente en categorie.") { output, from, to };
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryDate(parseResult.GetValue(from), "--from", out var fromDate) || !TryDate(parseResult.GetValue(to), "--to", out var toDate))
                return TeamBotCommandLine.ExitBadInput;
            using var host = await CliServices.StartAsync(parseResult.GetValue(data), loadSample: false, cancellationToken);
            var services = host.Services;
            var calendar = services.GetRequiredService<RegionCalendar>();
            var entries = await services.GetRequiredService<IQuestionLog>().ListAsync(
                StartOfDay(fromDate, calendar), StartOfDay(toDate?.AddDays(1), calendar), cancellationToken);
            var path = parseResult.GetValue(output)!;
            await File.WriteAllBytesAsync(path, QuestionLogWorkbook.Build(entries, calendar), cancellationToken);
            Console.WriteLine($"{DutchFormat.Count(entries.Count, "vraag", "vragen")} geëxporteerd naar {path}.");
            return TeamBotCommandLine.ExitOk;
        });
        return export;
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
