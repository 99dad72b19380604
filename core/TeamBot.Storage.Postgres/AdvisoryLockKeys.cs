namespace TeamBot.Storage.Postgres;

/// <summary>
/// Keys of the transaction-scoped advisory locks (pg_advisory_xact_lock): they end with their transaction, so a pooled
/// connection never carries a lock into someone else's work, and a crashed instance's lock goes with its connection.
/// </summary>
internal static class AdvisoryLockKeys
{
    /// <summary>Schema migrations and the sample region: one instance at a time.</summary>
    public const long Startup = 0x5445_414D_424F_5401; // "TEAMBOT" + 1

    /// <summary>Applying one schema script; apart from <see cref="Startup"/>, which the same process holds meanwhile.</summary>
    public const long Migrations = 0x5445_414D_424F_5402;
}
