using Azure.Core;

namespace TeamBot.BotFramework;

/// <summary>How the bot's outgoing credential is made from its settings; tests give a credential of their own.</summary>
public sealed record BotCredentialSource(Func<BotOptions, TokenCredential> Create)
{
    /// <summary>Secret, certificate or managed identity, as Bot:* configures.</summary>
    public static BotCredentialSource FromSettings { get; } = new(options => BotCredentialFactory.Create(options));
}
