namespace TeamBot.Microsoft365;

/// <summary>Section "Documents:Graph": the document library reached through Microsoft Graph, and how to sign in to it.</summary>
public sealed class GraphDriveOptions
{
    public const string Section = "Documents:Graph";

    /// <summary>Graph accepts upload-session chunks only in multiples of 320 KiB.</summary>
    public const int ChunkUnitBytes = 320 * 1024;

    /// <summary>The drive (document library) id, e.g. "b!AbC...".</summary>
    public string DriveId { get; set; } = "";

    /// <summary>The folder in the drive, e.g. "Uitvoeringsplannen" or "Inkoop/Uitvoeringsplannen"; empty for the root.</summary>
    public string FolderPath { get; set; } = "";

    public string TenantId { get; set; } = "";

    /// <summary>The app registration's client id; with UseManagedIdentity, the client id of a user-assigned identity (empty: system-assigned).</summary>
    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    /// <summary>A PEM or PFX file with the app registration's certificate (used when no ClientSecret is set).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool UseManagedIdentity { get; set; }

    /// <summary>
    /// The add-in stores in the library as the signed-in user (On-Behalf-Of) instead of as the app: the user's own rights
    /// decide, and the library shows who stored it. Needs sign-in (AzureAd) and the app's ClientSecret or certificate.
    /// </summary>
    public bool OnBehalfOf { get; set; }

    /// <summary>Files up to this size go up in one request; larger ones through an upload session.</summary>
    public long SimpleUploadLimitBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The size of one upload-session chunk; a multiple of 320 KiB.</summary>
    public int UploadChunkBytes { get; set; } = 16 * ChunkUnitBytes;

    /// <summary>Retries after 429, 502, 503 or 504, the first attempt not counted.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The longest wait before a retry; a longer Retry-After ends the attempt instead.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one request to Graph may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The Microsoft Entra ID sign-in host; another cloud or a test server may replace it.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Every setting that is missing or wrong, in Dutch with its configuration key; empty when usable.</summary>
    public IReadOnlyList<string> FindProblems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(DriveId)) problems.Add("Documents:Graph:DriveId ontbreekt");
        if (!UseManagedIdentity)
        {
            if (string.IsNullOrWhiteSpace(TenantId)) problems.Add("Documents:Graph:TenantId ontbreekt");
            if (string.IsNullOrWhiteSpace(ClientId)) problems.Add("Documents:Graph:ClientId ontbreekt");
            if (string.IsNullOrEmpty(ClientSecret) && string.IsNullOrWhiteSpace(CertificatePath))
                problems.Add("stel Documents:Graph:ClientSecret, Documents:Graph:CertificatePath of Documents:Graph:UseManagedIdentity in");
        }
        if (!IsAbsoluteHttpsUrl(BaseUrl)) problems.Add($"Documents:Graph:BaseUrl '{BaseUrl}' is geen https-adres");
        if (!IsAbsoluteHttpsUrl(AuthorityHost)) problems.Add($"Documents:Graph:AuthorityHost '{AuthorityHost}' is geen https-adres");
        if (UploadChunkBytes <= 0 || UploadChunkBytes % ChunkUnitBytes != 0)
            problems.Add($"Documents:Graph:UploadChunkBytes ({UploadChunkBytes}) moet een veelvoud van {ChunkUnitBytes} (320 KiB) zijn");
        if (SimpleUploadLimitBytes < 0) problems.Add("Documents:Graph:SimpleUploadLimitBytes mag niet negatief zijn");
        if (MaxRetries < 0) problems.Add("Documents:Graph:MaxRetries mag niet negatief zijn");
        if (Timeout <= TimeSpan.Zero) problems.Add("Documents:Graph:Timeout moet groter dan nul zijn");
        return problems;
    }

    private static bool IsAbsoluteHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
