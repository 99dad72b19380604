namespace TeamBot.Core.Storage;

/// <summary>Keys of services each storage adapter registers under a name the host knows without knowing the adapter.</summary>
public static class StorageServiceKeys
{
    /// <summary>The keyed IHealthCheck that says whether the database takes a write now (/readyz "database").</summary>
    public const string Readiness = "storage-readiness";
}
