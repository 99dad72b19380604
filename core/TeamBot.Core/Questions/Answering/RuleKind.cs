namespace TeamBot.Core.Questions.Answering;

/// <summary>What a rule question asks of the contract documents.</summary>
public enum RuleKind
{
    None,
    /// <summary>How long something may last: "hoe lang mag ik BGI toekennen".</summary>
    Duration,
    /// <summary>Within what time something must happen: "binnen hoeveel weken declareren".</summary>
    Deadline,
    /// <summary>Whether something is allowed: "mag ik BGI en BGG combineren".</summary>
    Permission,
    /// <summary>How something is done: "wordt crisisopvang achteraf toegewezen", "welk bericht".</summary>
    Procedure,
    /// <summary>Whether something is required: "moet ik een verklaring vragen".</summary>
    Obligation,
}
