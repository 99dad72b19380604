namespace TeamBot.Core.Cards;

/// <summary>How card buttons reach the bot; the same verbs and data either way.</summary>
public enum CardActionStyle
{
    /// <summary>Teams: Action.Execute, answered by an adaptiveCard/action invoke that refreshes the card.</summary>
    Execute,

    /// <summary>Web Chat over Direct Line, which has no Action.Execute: Action.Submit with the verb inside data.</summary>
    Submit,
}
