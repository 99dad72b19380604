using Microsoft.Extensions.Logging.Console;
using TeamBot.Bot.Hosting;

namespace TeamBot.Bot.Cli;

/// <summary>The services a one-shot CLI verb needs: the host's composition and configuration sources, logs on stderr.</summary>
internal static class CliServices
{
    public static async Task<IHost> StartAsync(string? dataOption, bool loadSample, CancellationToken cancellationToken)
    {
        // The same sources as the web host (appsettings.json beside teambot.dll, appsettings.{Environment}.json,
        // environment variables); the verb's own arguments are not configuration.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders()
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddTeamBot(builder.Configuration, TeamBotCommandLine.DataDirectory(dataOption));
        var host = builder.Build();
        await host.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample, cancellationToken);
        return host;
    }
}
