using TeamBot.Bot.BotFramework;
using TeamBot.Bot.Storage.Sqlite;

namespace TeamBot.Bot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The Bot Framework protocol plus TeamBot's conversation handling on top of it.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        // Registered first: AddBotFramework only adds its in-memory log when none is registered.
        services.AddSingleton<IOutgoingActivityLog, SqliteOutgoingActivityLog>();
        services.AddBotFramework(configuration);
        services.AddOptions<AskerMunicipalityOptions>().Bind(configuration.GetSection(AskerMunicipalityOptions.Section));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<IChannelMessenger, ConnectorMessenger>();
        services.AddSingleton<ChannelMessengers>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<OverdueTicketUpdater>();
        services.AddHostedService(sp => sp.GetRequiredService<OverdueTicketUpdater>());
        return services;
    }
}
