namespace TeamBot.Core.Documents.Storage;

/// <summary>Section "Documents": where rendered documents are stored.</summary>
public sealed class DocumentStoreOptions
{
    public const string Section = "Documents";
    public const string LocalProvider = "local";
    public const string GraphProvider = "graph";

    /// <summary>"local" (the default: a folder on this machine) or "graph" (a Microsoft 365 document library, configured in "Documents:Graph").</summary>
    public string Provider { get; set; } = LocalProvider;

    /// <summary>The local folder; default "documenten" in the data folder. With "graph" it keeps the copy made before uploading.</summary>
    public string LocalFolder { get; set; } = "";

    public bool UsesGraph => string.Equals(Provider, GraphProvider, StringComparison.OrdinalIgnoreCase);
}
