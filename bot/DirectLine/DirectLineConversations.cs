using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TeamBot.BotFramework;

namespace TeamBot.Bot.DirectLine;

/// <summary>The local chat's conversations, in memory and bounded: past the limit the least recently used is forgotten.</summary>
public sealed class DirectLineConversations(TimeProvider clock, IOptions<DirectLineOptions> options, ILogger<DirectLineConversations> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DirectLineConversation> _byId = new(StringComparer.Ordinal);

    /// <summary>How many conversations are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _byId.Count;
        }
    }

    public DirectLineConversation Create() => OpenOrCreate(NewId());

    /// <summary>
    /// The conversation a token was issued for, kept from its first start on. Only a token makes one, so only
    /// tokens/generate's callers can take a place in the bounded set.
    /// </summary>
    public DirectLineConversation OpenOrCreate(string id)
    {
        lock (_gate)
        {
            if (_byId.TryGetValue(id, out var known))
            {
                known.LastUsedAt = clock.GetUtcNow();
                return known;
            }
            while (_byId.Count >= Math.Max(1, options.Value.MaxConversations)) Evict();
            var conversation = new DirectLineConversation(id, clock.GetUtcNow());
            _byId.Add(id, conversation);
            return conversation;
        }
    }

    /// <summary>
    /// Appends within the bounds of DirectLine's options: per conversation by count and bytes, and all conversations
    /// together by bytes, forgetting the least recently used others first.
    /// </summary>
    /// <returns>The new activity id.</returns>
    public string Append(DirectLineConversation conversation, Activity activity)
    {
        var limits = options.Value;
        var id = conversation.Append(activity, clock.GetUtcNow(), limits.MaxActivitiesPerConversation, limits.MaxBytesPerConversation);
        lock (_gate)
        {
            var total = _byId.Values.Sum(c => c.Bytes);
            while (total > limits.MaxTotalBytes && EvictOtherThan(conversation) is { } evicted) total -= evicted.Bytes;
            var others = total - conversation.Bytes;
            while (others + conversation.Bytes > limits.MaxTotalBytes && conversation.TrimOldest())
            {
            }
        }
        return id;
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

    /// <returns>The conversation forgotten; null when <paramref name="kept"/> is the only one.</returns>
    private DirectLineConversation? EvictOtherThan(DirectLineConversation kept)
    {
        var oldest = _byId.Values.Where(c => c != kept).MinBy(c => c.LastUsedAt);
        if (oldest is null) return null;
        _byId.Remove(oldest.Id);
        logger.ConversationEvicted(options.Value.MaxConversations);
        return oldest;
    }

    private void Evict()
    {
        var oldest = _byId.Values.MinBy(c => c.LastUsedAt)!;
        _byId.Remove(oldest.Id);
        logger.ConversationEvicted(options.Value.MaxConversations);
    }

    // 144 random bits: unguessable, and URL-safe as it is.
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
}
