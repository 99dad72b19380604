using TeamBot.Core.Delivery;

namespace TeamBot.Bot.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>The channel side of the digest and the change alerts: proactive sends, chat commands and the schedule check.</summary>
    public static IServiceCollection AddDigestDelivery(this IServiceCollection services)
    {
        services.AddSingleton<IProactiveSender, ConversationProactiveSender>();
        services.AddSingleton<DigestChatCommands>();
        services.AddSingleton<DigestWork>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestWork>());
        return services;
    }
}
