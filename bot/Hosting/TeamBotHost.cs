using TeamBot.Bot.Addin;
using TeamBot.Bot.ComposeSearch;
using TeamBot.Bot.Conversations;
using TeamBot.Bot.Digest;
using TeamBot.Bot.LocalChat;
using TeamBot.Bot.Manifest;
using TeamBot.Bot.PlanDocuments;
using TeamBot.Identity;

namespace TeamBot.Bot.Hosting;

/// <summary>The ASP.NET Core host: the embedded default listens on http://localhost:3978.</summary>
public static class TeamBotHost
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <param name="configureServices">Runs last, so tests can replace a service (an outgoing credential, say).</param>
    public static WebApplication Build(string[] args, string dataDirectory, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        // A failed start (a wrong setting, say) is reported once, in Dutch, by the command line; not with a stack trace.
        builder.Logging.AddFilter(Cli.CliServices.HostStartFailureCategory, LogLevel.None);
        builder.Services.AddTeamBot(builder.Configuration, dataDirectory);
        builder.Services.AddTeamBotHealthChecks();
        builder.Services.AddHostedService<QuestionLogPurgeService>();
        builder.Services.AddConversations(builder.Configuration);
        builder.Services.AddDigestDelivery();
        builder.Services.AddComposeSearch();
        builder.Services.AddPlanDocumentApi(builder.Configuration);
        builder.Services.AddAddinApi();
        builder.Services.AddEntraSignIn(builder.Configuration);
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "TeamBot API";
            document.Info.Description = "The API of the Word and Excel task pane (and other tools): plans, documents, costs, the question log and questions. Errors are RFC 7807 problem details with the Dutch problems in 'problems'.";
            return Task.CompletedTask;
        }));
        builder.Services.AddLocalChat(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapTeamBotHealth();
        app.MapBotMessages();
        app.MapPlanDocuments();
        app.UseAddinPane();
        app.MapOfficeIcons();
        app.MapAddinApi();
        app.MapOpenApi();
        app.MapLocalChat();
        return app;
    }

    public static async Task RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true, cancellationToken);
        await app.RunAsync();
    }
}
