using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamBot.Core.Documents.Storage;

namespace TeamBot.Bot.Documents;

/// <summary>Registers the document stores; "Documents:Provider" picks which one serves <see cref="IDocumentStore"/>.</summary>
public static class DocumentStoreServiceCollectionExtensions
{
    public static IServiceCollection AddDocumentStores(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DocumentStoreOptions>()
            .Bind(configuration.GetSection(DocumentStoreOptions.Section))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.LocalFolder)) o.LocalFolder = Path.Combine(dataDirectory, LocalFolderStore.DefaultFolderName);
            })
            .Validate(o => o.UsesGraph || string.Equals(o.Provider, DocumentStoreOptions.LocalProvider, StringComparison.OrdinalIgnoreCase),
                "Documents:Provider moet 'local' of 'graph' zijn.");
        services.TryAddSingleton<IPdfConverter, LibreOfficePdfConverter>();
        services.TryAddSingleton<LocalFolderStore>();
        services.TryAddSingleton(sp => new GraphConnection(
            sp.GetRequiredService<IOptions<DocumentStoreOptions>>().Value.Graph,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton<GraphDriveUploader>();
        services.TryAddSingleton<GraphDriveStore>();
        services.TryAddSingleton<IDocumentStore>(sp => sp.GetRequiredService<IOptions<DocumentStoreOptions>>().Value.UsesGraph
            ? sp.GetRequiredService<GraphDriveStore>()
            : sp.GetRequiredService<LocalFolderStore>());
        return services;
    }
}
