namespace TeamBot.Bot.Addin;

public static class AddinServiceCollectionExtensions
{
    /// <summary>The task pane's API: who may call it (<see cref="ApiSignIn"/>); the use cases come from TeamBot.Core.</summary>
    public static IServiceCollection AddAddinApi(this IServiceCollection services)
    {
        services.AddSingleton<ApiSignIn>();
        return services;
    }
}
