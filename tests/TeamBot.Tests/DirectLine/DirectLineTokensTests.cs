using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamBot.Bot.DirectLine;

namespace TeamBot.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_token_names_the_conversation_it_was_issued_for()
    {
        var tokens = Tokens();

        var token = tokens.Issue("conversation-a");

        Assert.Equal("conversation-a", tokens.ConversationOf($"Bearer {token.Value}"));
        Assert.Equal(3600, token.ExpiresInSeconds);
    }

    [Fact]
    public void A_token_is_refused_once_its_lifetime_is_over()
    {
        var tokens = Tokens(TimeSpan.FromMinutes(30));
        var token = tokens.Issue("conversation-a");

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("conversation-a", tokens.ConversationOf($"Bearer {token.Value}"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(tokens.ConversationOf($"Bearer {token.Value}"));
    }

    [Fact]
    public void A_token_with_a_rewritten_conversation_or_expiry_is_refused()
    {
        var tokens = Tokens();
        var signature = tokens.Issue("conversation-a").Value.Split('.')[1];
        var forgedPayload = System.Buffers.Text.Base64Url.EncodeToString("conversation-b:9999999999"u8);

        Assert.Null(tokens.ConversationOf($"Bearer {forgedPayload}.{signature}"));
    }

    [Fact]
    public void A_token_from_another_process_is_refused()
    {
        var token = Tokens().Issue("conversation-a");

        Assert.Null(Tokens().ConversationOf($"Bearer {token.Value}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer !!!.???")]
    public void Anything_but_a_bearer_token_of_ours_is_refused(string? authorization)
    {
        Assert.Null(Tokens().ConversationOf(authorization));
    }

    private DirectLineTokens Tokens(TimeSpan? lifetime = null) =>
        new(_clock, Options.Create(new DirectLineOptions { TokenLifetime = lifetime ?? TimeSpan.FromHours(1) }));
}
