using Dapper;
using TeamBot.Core.Conversations;

namespace TeamBot.Storage.Postgres;

/// <summary>Conversation references in PostgreSQL (the caller strips display names first).</summary>
public sealed class PostgresConversationStore(PostgresDatabase database, TimeProvider clock) : IConversationStore
{
    public async Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO conversation_reference (address, reference, conversation_type, updated_at) VALUES (@Address, @ReferenceJson, @ConversationType, @At)
            ON CONFLICT (address) DO UPDATE SET reference = excluded.reference, conversation_type = excluded.conversation_type, updated_at = excluded.updated_at
            """,
            new { conversation.Address, conversation.ReferenceJson, conversation.ConversationType, At = clock.GetUtcNow().ToUniversalTime() },
            cancellationToken));
    }

    public async Task<StoredConversation?> GetAsync(string address, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredConversation>(Sql.Command(
            "SELECT address AS Address, conversation_type AS ConversationType, reference AS ReferenceJson FROM conversation_reference WHERE address = @address",
            new { address },
            cancellationToken));
    }
}
