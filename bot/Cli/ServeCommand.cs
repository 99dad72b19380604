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
            var app = TeamBotHost.Build([.. parseResult.UnmatchedTokens], TeamBotCommandLine.DataDirectory(parseResult.GetValue(data)));
            await TeamBotHost.RunAsync(app, cancellationToken);
            return TeamBotCommandLine.ExitOk;
        });
        return command;
    }
}
