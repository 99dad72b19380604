using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamBot.Bot.Hosting;

namespace TeamBot.Bot.Cli;

/// <summary>The services a one-shot CLI verb needs, with the same configuration sources as the host and logs on stderr.</summary>
internal static class CliServices
{
    public static async Task<ServiceProvider> StartAsync(string? dataOption, bool loadSample, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddSimpleConsole(o => o.SingleLine = true)
                .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddTeamBot(configuration, TeamBotCommandLine.DataDirectory(dataOption))
            .BuildServiceProvider();
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample, cancellationToken);
        return services;
    }
}
