namespace TeamBot.BotFramework;

/// <summary>How the bot's Azure app registration is set up; decides where outgoing tokens come from.</summary>
public enum BotAppType
{
    /// <summary>Tokens from the "botframework.com" tenant.</summary>
    MultiTenant,

    /// <summary>Tokens from the bot's own tenant (Bot:TenantId).</summary>
    SingleTenant,

    /// <summary>Tokens from a user-assigned managed identity whose client id is Bot:AppId.</summary>
    UserAssignedMSI,
}
