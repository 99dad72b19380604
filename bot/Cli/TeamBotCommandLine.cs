using System.CommandLine;
using System.Text;

namespace TeamBot.Bot.Cli;

/// <summary>The teambot command line: `serve` (the default), `import` and `region show`.</summary>
public static class TeamBotCommandLine
{
    public const int ExitOk = 0;
    public const int ExitFailure = 1;
    public const int ExitBadInput = 2;

    public static async Task<int> InvokeAsync(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var data = new Option<string?>("--data")
        {
            Description = "Map met de gegevens van TeamBot (standaard ./data, of de omgevingsvariabele TEAMBOT_DATA).",
            Recursive = true,
        };
        var root = new RootCommand("TeamBot: vragen van toegangen beantwoorden en uitvoeringsplannen maken.");
        root.Options.Add(data);
        var serve = ServeCommand.Create(data);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(ImportCommand.Create(data));
        root.Subcommands.Add(RegionCommand.Create(data));
        root.Subcommands.Add(AskCommand.Create(data));
        root.Subcommands.Add(LogCommand.Create(data));
        root.Subcommands.Add(PlanCommand.Create(data));
        root.Subcommands.Add(DigestVerb.Create(data));
        root.Subcommands.Add(ManifestCommand.Create());
        root.TreatUnmatchedTokensAsErrors = false;
        root.Action = serve.Action;
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A user never gets a stack trace; the message says what failed.
            Console.Error.WriteLine($"TeamBot kon de opdracht niet uitvoeren: {e.Message}");
            return ExitFailure;
        }
    }

    public static string DataDirectory(string? option) =>
        option ?? (Environment.GetEnvironmentVariable("TEAMBOT_DATA") is { Length: > 0 } env ? env : "data");
}
