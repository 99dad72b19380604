using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace TeamBot.Bot.DirectLine;

/// <summary>The local chat's conversations, in memory and bounded: past the limit the least recently used is forgotten.</summary>
public sealed class DirectLineConversations(TimeProvider clock, IOptions<DirectLineOptions> options, ILogger<DirectLineConversations> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DirectLineConversation> _byId = new(StringComparer.Ordinal);

    public DirectLineConversation Create()
    {
        var conversation = new DirectLineConversation(NewId(), clock.GetUtcNow());
        lock (_gate)
        {
            while (_byId.Count >= Math.Max(1, options.Value.MaxConversations)) Evict();
            _byId.Add(conversation.Id, conversation);
        }
        return conversation;
    }

    /// <summary>The conversation, marked as just used; null when it never existed or was evicted.</summary>
    public DirectLineConversation? Find(string? id)
    {
        if (id is null) return null;
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out var conversation)) return null;
            conversation.LastUsedAt = clock.GetUtcNow();
            return conversation;
        }
    }

    private void Evict()
    {
        var oldest = _byId.Values.MinBy(c => c.LastUsedAt)!;
        _byId.Remove(oldest.Id);
        logger.ConversationEvicted(options.Value.MaxConversations);
    }

    // 144 random bits: unguessable, and URL-safe as it is.
    private static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
}
