using TeamBot.Bot.DirectLine;

namespace TeamBot.Bot.LocalChat;

public static class LocalChatServiceCollectionExtensions
{
    /// <summary>The browser chat page's back end: the local Direct Line endpoint (Web Chat) and the page's own API.</summary>
    public static IServiceCollection AddLocalChat(this IServiceCollection services, IConfiguration configuration) =>
        services.AddDirectLine(configuration);

    /// <summary>The page at /, Direct Line under /v3/directline and the page's API under /api/local.</summary>
    public static WebApplication MapLocalChat(this WebApplication app)
    {
        app.UseLocalChatPage();
        app.MapDirectLine();
        app.MapLocalChatApi();
        return app;
    }
}
