namespace TeamBot.Bot.ComposeSearch;

public static class ComposeSearchServiceCollectionExtensions
{
    /// <summary>The message extension's invoke handling and its settings page.</summary>
    public static IServiceCollection AddComposeSearch(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ComposeSettingsPage>();
        services.AddSingleton<ComposeExtensionHandler>();
        return services;
    }
}
