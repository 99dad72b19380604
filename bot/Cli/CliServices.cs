using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamBot.Bot.Hosting;

namespace TeamBot.Bot.Cli;

/// <summary>The services a one-shot CLI verb needs, with the same configuration sources as the host and logs on stderr.</summary>
internal static class CliServices
{
    /// <param name="configure">Services only some verbs need, such as the document store of `plan render`.</param>
    public static async Task<ServiceProvider> StartAsync(
        string? dataOption, bool loadSample, CancellationToken cancellationToken, Action<IServiceCollection, IConfiguration, string>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var dataDirectory = TeamBotCommandLine.DataDirectory(dataOption);
        var collection = new ServiceCollection()
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddSimpleConsole(o => o.SingleLine = true)
                .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddTeamBot(configuration, dataDirectory);
        configure?.Invoke(collection, configuration, dataDirectory);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample, cancellationToken);
        return services;
    }
}
