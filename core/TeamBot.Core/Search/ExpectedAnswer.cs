namespace TeamBot.Core.Search;

/// <summary>The kind of statement that answers a question, so the sentence that carries it is the one quoted.</summary>
public enum ExpectedAnswer
{
    /// <summary>Any sentence that covers the question.</summary>
    Any,
    /// <summary>A number of days, weeks, months or a date: "binnen acht weken", "ten hoogste 12 maanden".</summary>
    Period,
    /// <summary>Whether something is allowed: "mag niet", "is uitgesloten", "alleen als".</summary>
    Permission,
    /// <summary>How something is done: a message code, a form, a step, before or after the fact.</summary>
    Procedure,
    /// <summary>Whether something is required: "moet", "verplicht", "voorwaarde".</summary>
    Obligation,
    /// <summary>A number, share or amount: "85%", "€ 25", "30 procent".</summary>
    Amount,
    /// <summary>Where to turn: an e-mail address, a phone number, a website.</summary>
    Contact,
}
