using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamBot.Bot.Conversations;
using TeamBot.Bot.DirectLine;
using TeamBot.BotFramework;

namespace TeamBot.Tests.DirectLine;

/// <summary>The in-memory conversations: bounded, watermarked, and written by the bot through its messenger.</summary>
public sealed class DirectLineConversationTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Past_the_limit_the_least_recently_used_conversation_is_forgotten()
    {
        var conversations = Conversations(new DirectLineOptions { MaxConversations = 2 });
        var first = conversations.Create();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = conversations.Create();
        _clock.Advance(TimeSpan.FromSeconds(1));
        conversations.Find(first.Id);

        var third = conversations.Create();

        Assert.NotNull(conversations.Find(first.Id));
        Assert.Null(conversations.Find(second.Id));
        Assert.NotNull(conversations.Find(third.Id));
    }

    [Fact]
    public void A_conversation_keeps_only_as_many_bytes_as_allowed_and_always_the_newest()
    {
        var conversations = Conversations(new DirectLineOptions { MaxBytesPerConversation = 50_000 });
        var conversation = conversations.Create();

        for (var i = 0; i < 20; i++) conversations.Append(conversation, Message(new string('x', 10_000)));
        conversations.Append(conversation, Message(new string('y', 80_000)));

        Assert.InRange(conversation.Bytes, 80_000, 90_000);
        Assert.Equal(new string('y', 80_000), Text(Assert.Single(conversation.Read(null, 100).Activities)));
    }

    [Fact]
    public void Past_the_total_bytes_the_least_recently_used_other_conversations_are_forgotten()
    {
        var conversations = Conversations(new DirectLineOptions { MaxTotalBytes = 100_000 });
        var idle = conversations.Create();
        conversations.Append(idle, Message(new string('a', 60_000)));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var busy = conversations.Create();

        conversations.Append(busy, Message(new string('b', 60_000)));

        Assert.Null(conversations.Find(idle.Id));
        Assert.NotNull(conversations.Find(busy.Id));
        Assert.True(conversations.Count == 1);
    }

    [Fact]
    public void A_conversation_keeps_only_its_newest_activities()
    {
        var conversation = Conversations().Create();

        for (var i = 1; i <= 5; i++) conversation.Append(Message($"bericht {i}"), _clock.GetUtcNow(), capacity: 3);

        var texts = conversation.Read(null, pageSize: 100).Activities.Select(Text).ToList();
        Assert.Equal(["bericht 3", "bericht 4", "bericht 5"], texts);
    }

    [Fact]
    public void A_poll_returns_at_most_a_page_and_the_watermark_to_fetch_the_rest()
    {
        var conversation = Conversations().Create();
        for (var i = 1; i <= 5; i++) conversation.Append(Message($"bericht {i}"), _clock.GetUtcNow(), capacity: 100);

        var first = conversation.Read(null, pageSize: 2);
        var second = conversation.Read(first.Watermark, pageSize: 2);
        var third = conversation.Read(second.Watermark, pageSize: 2);

        Assert.Equal(["bericht 1", "bericht 2"], first.Activities.Select(Text));
        Assert.Equal(["bericht 3", "bericht 4"], second.Activities.Select(Text));
        Assert.Equal(["bericht 5"], third.Activities.Select(Text));
        Assert.Equal("5", third.Watermark);
    }

    [Fact]
    public void An_activity_changed_after_it_was_appended_stays_as_it_was_sent()
    {
        var conversation = Conversations().Create();
        var activity = Message("zoals verstuurd");

        conversation.Append(activity, _clock.GetUtcNow(), capacity: 10);
        activity.Text = "later veranderd";

        Assert.Equal("zoals verstuurd", Text(conversation.Read(null, 10).Activities.Single()));
    }

    [Fact]
    public async Task The_bots_update_replaces_the_activity_in_place_and_reaches_clients_past_their_watermark()
    {
        var conversations = Conversations();
        var conversation = conversations.Create();
        var messenger = new DirectLineMessenger(conversations, NullLogger<DirectLineMessenger>.Instance);
        var to = new ConversationReference
        {
            ChannelId = DirectLineChannel.ChannelId,
            Conversation = new ConversationAccount { Id = conversation.Id },
            User = new ChannelAccount { Id = LocalUsers.UserId, Role = "user" },
        };
        var id = await messenger.SendAsync(to, Message("ticket open"));
        var seen = conversation.Read(null, 10).Watermark;
        _clock.Advance(TimeSpan.FromMinutes(5));

        await messenger.UpdateAsync(to, id!, Message("ticket beantwoord"));

        var update = Assert.Single(conversation.Read(seen, 10).Activities);
        Assert.Equal(id, update.GetProperty("id").GetString());
        Assert.Equal("ticket beantwoord", Text(update));
        Assert.Equal("bot", update.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(_clock.GetUtcNow().AddMinutes(-5), update.GetProperty("timestamp").GetDateTimeOffset());
        Assert.Single(conversation.Read(null, 10).Activities);
    }

    [Fact]
    public async Task The_messenger_handles_only_the_local_channel_and_drops_messages_for_a_forgotten_conversation()
    {
        var messenger = new DirectLineMessenger(Conversations(), NullLogger<DirectLineMessenger>.Instance);
        var gone = new ConversationReference { ChannelId = DirectLineChannel.ChannelId, Conversation = new ConversationAccount { Id = "gone" } };

        var messengers = ChannelMessengersWith(messenger);
        Assert.Same(messenger, messengers.For("directline"));
        Assert.NotSame(messenger, messengers.For("msteams"));
        Assert.Null(await messenger.SendAsync(gone, Message("niemand leest dit")));
    }

    private DirectLineConversations Conversations(DirectLineOptions? options = null) =>
        new(_clock, Options.Create(options ?? new DirectLineOptions()), NullLogger<DirectLineConversations>.Instance);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static string? Text(JsonElement activity) => activity.GetProperty("text").GetString();

    /// <summary>The local messenger under its channel key, and another one standing in for the Connector's.</summary>
    private ChannelMessengers ChannelMessengersWith(DirectLineMessenger local)
    {
        var connector = new DirectLineMessenger(Conversations(), NullLogger<DirectLineMessenger>.Instance);
        var services = new ServiceCollection()
            .AddKeyedSingleton<IChannelMessenger>(DirectLineChannel.ChannelId, local)
            .AddKeyedSingleton<IChannelMessenger>(ChannelMessengers.ConnectorKey, connector)
            .BuildServiceProvider();
        return new ChannelMessengers(services);
    }
}
