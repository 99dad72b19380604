namespace TeamBot.Core.Storage;

/// <summary>Brings the database schema to the version this build expects; safe to run at every start and from several instances.</summary>
public interface IStorageMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken = default);
}
