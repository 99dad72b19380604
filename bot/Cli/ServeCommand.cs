using System.CommandLine;
using TeamBot.Bot.Hosting;

namespace TeamBot.Bot.Cli;

/// <summary>`teambot serve`: the web host. Tokens it does not know (--urls, --Bot:AppId=...) go to ASP.NET configuration.</summary>
internal static class ServeCommand
{
    public static Command Create(Option<string?> data)
    {
        var command = new Command("serve", "Start de TeamBot-server op http://localhost:3978 (standaard).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (UnknownVerb(parseResult.UnmatchedTokens) is { } unknown)
            {
                // Without this, "teambot 'een vraag'" would quietly start a server instead of saying what is wrong.
                Console.Error.WriteLine($"Onbekende opdracht '{unknown}'. Bedoel je: teambot ask \"{unknown}\"? Zie teambot --help.");
                return TeamBotCommandLine.ExitBadInput;
            }
            var app = TeamBotHost.Build([.. parseResult.UnmatchedTokens], TeamBotCommandLine.DataDirectory(parseResult.GetValue(data)));
            await TeamBotHost.RunAsync(app, cancellationToken);
            return TeamBotCommandLine.ExitOk;
        });
        return command;
    }

    /// <summary>ASP.NET options come as "--key value" or "--key=value"; a first word without dashes is a mistyped verb.</summary>
    private static string? UnknownVerb(IReadOnlyList<string> tokens) =>
        tokens.Count > 0 && !tokens[0].StartsWith('-') ? tokens[0] : null;
}
