using TeamBot.Core.Cards;

namespace TeamBot.Core.Delivery;

/// <summary>Posts a card into a conversation the bot knows by address, through that channel's messenger.</summary>
public interface IProactiveSender
{
    /// <param name="stableId">The same for every attempt at the same logical send, so the channel layer posts it once.</param>
    /// <returns>The id of the posted activity; null when the address cannot be reached (unknown conversation).</returns>
    /// <exception cref="ProactiveSendException">The channel refused or failed; the caller may try again later.</exception>
    Task<string?> SendAsync(string address, RenderedCard card, string stableId, CancellationToken cancellationToken = default);

    /// <summary>The same, 1:1 to the user of that conversation (who may have asked in a channel).</summary>
    Task<string?> SendPersonalAsync(string address, RenderedCard card, string stableId, CancellationToken cancellationToken = default);

    /// <summary>The kind of buttons the channel of that address understands.</summary>
    CardActionStyle StyleFor(string address);
}

/// <param name="permanent">The channel refused for good (the bot was removed, the conversation is gone): retrying cannot help.</param>
public sealed class ProactiveSendException(string message, Exception? inner = null, bool permanent = false) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
