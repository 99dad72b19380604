using TeamBot.BotFramework;
using TeamBot.Core.Escalations;

namespace TeamBot.Bot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The Bot Framework protocol plus TeamBot's conversation handling on top of it.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFramework(configuration);
        services.AddOptions<AskerMunicipalityOptions>().Bind(configuration.GetSection(AskerMunicipalityOptions.Section));
        services.AddSingleton<ConversationReferences>();
        services.AddKeyedSingleton<IChannelMessenger, ConnectorMessenger>(ChannelMessengers.ConnectorKey);
        services.AddSingleton<ChannelMessengers>();
        services.AddSingleton<IAskerNotifier, ConversationAskerNotifier>();
        services.AddSingleton<ITicketBoard, InkoopteamTicketBoard>();
        services.AddSingleton<SentCards>();
        services.AddSingleton<CardMessages>();
        services.AddSingleton<InkoopteamMembership>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton<AskerMunicipalities>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<OutgoingReplies>();
        services.AddHostedService(sp => sp.GetRequiredService<OutgoingReplies>());
        services.AddSingleton<AwaitingAnswerDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<AwaitingAnswerDelivery>());
        services.AddSingleton<OverdueTicketUpdater>();
        services.AddHostedService(sp => sp.GetRequiredService<OverdueTicketUpdater>());
        return services;
    }
}
