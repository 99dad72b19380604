using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamBot.Core.Documents.Storage;

namespace TeamBot.Microsoft365;

/// <summary>Registers the document stores; "Documents:Provider" picks which one serves <see cref="IDocumentStore"/>.</summary>
public static class Microsoft365ServiceCollectionExtensions
{
    /// <param name="dataDirectory">The local folder defaults to "documenten" in it.</param>
    public static IServiceCollection AddDocumentStores(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<DocumentStoreOptions>()
            .Bind(configuration.GetSection(DocumentStoreOptions.Section))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.LocalFolder)) o.LocalFolder = Path.Combine(dataDirectory, LocalFolderStore.DefaultFolderName);
            })
            .Validate(o => o.UsesGraph || string.Equals(o.Provider, DocumentStoreOptions.LocalProvider, StringComparison.OrdinalIgnoreCase),
                "Documents:Provider moet 'local' of 'graph' zijn.")
            .ValidateOnStart();
        services.AddOptions<LibreOfficeOptions>().Bind(configuration.GetSection(LibreOfficeOptions.Section))
            .Validate(o => o.PdfTimeout > TimeSpan.Zero, "Documents:PdfTimeout moet groter dan nul zijn.")
            .ValidateOnStart();
        services.AddOptions<GraphDriveOptions>().Bind(configuration.GetSection(GraphDriveOptions.Section));
        services.AddSingleton<IPdfConverter, LibreOfficePdfConverter>();
        services.AddSingleton<LocalFolderStore>();
        services.AddSingleton(sp => new GraphConnection(
            sp.GetRequiredService<IOptions<GraphDriveOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<GraphDriveUploader>();
        services.AddSingleton<GraphDriveStore>();
        services.AddSingleton<IUserDocumentStores>(sp => ActivatorUtilities.CreateInstance<OnBehalfOfDocumentStores>(sp));
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<IOptions<DocumentStoreOptions>>().Value.UsesGraph
            ? sp.GetRequiredService<GraphDriveStore>()
            : sp.GetRequiredService<LocalFolderStore>());
        return services;
    }
}
