using System.CommandLine;
using TeamBot.Core.Formatting;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Bot.Cli;

/// <summary>`teambot import WORKBOOK.xlsx [--docs FOLDER]`: all or nothing; exit 2 with every problem on bad input.</summary>
internal static class ImportCommand
{
    public static Command Create(Option<string?> data)
    {
        var workbook = new Argument<string>("WORKBOOK") { Description = "De importwerkmap (.xlsx) met de bladen Gemeenten, Aanbieders, Producten en Contracten." };
        var docs = new Option<string?>("--docs")
        {
            Description = $"Map met contractdocumenten (md, txt, docx, pdf); standaard de map '{RegionImportService.DefaultDocumentsFolderName}' naast de werkmap.",
        };
        var command = new Command("import", "Importeer de regiogegevens uit een werkmap. Bij een fout blijft alles ongewijzigd.") { workbook, docs };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(parseResult.GetValue(data), loadSample: false, cancellationToken);
            var services = host.Services;
            var outcome = await services.GetRequiredService<RegionImportService>()
                .ImportFileAsync(parseResult.GetValue(workbook)!, parseResult.GetValue(docs), cancellationToken);
            return Report(outcome);
        });
        return command;
    }

    private static int Report(ImportOutcome outcome)
    {
        if (outcome.Record is { } record)
        {
            Console.WriteLine(ImportSummary.OneLine(record));
            return TeamBotCommandLine.ExitOk;
        }
        Console.Error.WriteLine($"Import geweigerd: {DutchFormat.Count(outcome.Problems.Count, "probleem", "problemen")} gevonden. Er is niets gewijzigd.");
        foreach (var problem in outcome.Problems)
            Console.Error.WriteLine($"- {problem}");
        return TeamBotCommandLine.ExitBadInput;
    }
}
