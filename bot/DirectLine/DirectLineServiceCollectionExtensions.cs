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
        services.AddKeyedSingleton<IChannelMessenger, DirectLineMessenger>(DirectLineChannel.ChannelId);
        return services;
    }
}
