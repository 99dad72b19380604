using Microsoft.Extensions.Logging.Console;
using TeamBot.Bot.Hosting;

namespace TeamBot.Bot.Cli;

/// <summary>The services a one-shot CLI verb needs: the host's composition and configuration sources, logs on stderr.</summary>
internal static class CliServices
{
    public const string HostStartFailureCategory = "Microsoft.Extensions.Hosting.Internal.Host";

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
            .AddFilter(level => level >= LogLevel.Warning)
            // A failed start is reported once, in Dutch, by the command line; not again with a stack trace.
            .AddFilter(HostStartFailureCategory, LogLevel.None);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddTeamBot(builder.Configuration, TeamBotCommandLine.DataDirectory(dataOption));
        var host = builder.Build();
        // Starting runs the options validation, so a wrong setting stops the verb with the key to fix.
        await host.StartAsync(cancellationToken);
        await host.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample, cancellationToken);
        return host;
    }
}
