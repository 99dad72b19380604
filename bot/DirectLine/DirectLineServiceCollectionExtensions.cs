using TeamBot.Bot.Conversations;

namespace TeamBot.Bot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The local Direct Line endpoint: in-memory conversations, tokens, and the messenger for channel "directline".</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.Section));
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineBridge>();
        // First in the list whatever the call order: ChannelMessengers takes the first that handles a channel,
        // and the Connector's messenger handles them all.
        services.Insert(0, ServiceDescriptor.Singleton<IChannelMessenger, DirectLineMessenger>());
        return services;
    }
}
