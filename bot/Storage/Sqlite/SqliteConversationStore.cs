using System.Text.Json;
using Dapper;
using TeamBot.Bot.BotFramework;
using TeamBot.Bot.Conversations;

namespace TeamBot.Bot.Storage.Sqlite;

/// <summary>Conversation references in SQLite, without display names.</summary>
public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider clock) : IConversationStore
{
    public async Task<string> SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        var address = ConversationAddress.Of(reference);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO conversation_reference (address, reference, conversation_type, updated_at) VALUES (@address, @Reference, @Type, @At)
            ON CONFLICT (address) DO UPDATE SET reference = excluded.reference, conversation_type = excluded.conversation_type, updated_at = excluded.updated_at
            """,
            new
            {
                address,
                Reference = JsonSerializer.Serialize(ConversationAddress.WithoutNames(reference), BotJson.Options),
                Type = reference.Conversation?.ConversationType,
                At = SqliteTimestamp.Format(clock.GetUtcNow()),
            });
        return address;
    }

    public async Task<ConversationReference?> GetAsync(string address, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.ExecuteScalarAsync<string?>("SELECT reference FROM conversation_reference WHERE address = @address", new { address });
        return json is null ? null : JsonSerializer.Deserialize<ConversationReference>(json, BotJson.Options);
    }
}
