using Dapper;
using TeamBot.Core.Digest;
using TeamBot.Core.WireFormat;

namespace TeamBot.Storage.Postgres;

/// <summary>The channels that typed "digest aan".</summary>
public sealed class PostgresDigestSubscriptionStore(PostgresDatabase database) : IDigestSubscriptionStore
{
    private const string Columns = "address, audience, municipality, subscribed_by, subscribed_at";

    public async Task SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            $"""
            INSERT INTO digest_subscription ({Columns}) VALUES (@Address, @Audience, @Municipality, @SubscribedBy, @Since)
            ON CONFLICT (address) DO UPDATE SET audience = excluded.audience, municipality = excluded.municipality,
                subscribed_by = excluded.subscribed_by, subscribed_at = excluded.subscribed_at
            """,
            new
            {
                subscription.Address,
                Audience = WireNames.Of(subscription.Audience),
                subscription.Municipality,
                subscription.SubscribedBy,
                Since = PostgresTimestamp.Utc(subscription.Since),
            },
            cancellationToken));
    }

    public async Task<bool> RemoveAsync(string address, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Sql.Command("DELETE FROM digest_subscription WHERE address = @address", new { address }, cancellationToken)) > 0;
    }

    public async Task<DigestSubscription?> GetAsync(string address, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<object>(Sql.Command($"SELECT {Columns} FROM digest_subscription WHERE address = @address", new { address }, cancellationToken));
        return StoredRow.FromOptional(row) is { } stored ? ToSubscription(stored) : null;
    }

    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<object>(Sql.Command($"SELECT {Columns} FROM digest_subscription ORDER BY subscribed_at, address", null, cancellationToken));
        return StoredRow.From(rows).Select(ToSubscription).ToList();
    }

    private static DigestSubscription ToSubscription(StoredRow row) => new(
        row.Text("address"), WireNames.ParseStored<DigestAudience>(row.Text("audience")), row.OptionalText("municipality"),
        row.OptionalText("subscribed_by"), row.Moment("subscribed_at"));
}
