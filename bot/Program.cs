using TeamBot.Bot.Cli;

return await TeamBotCommandLine.InvokeAsync(args);
