namespace TeamBot.Core.Cards;

/// <summary>The verbs card buttons send, and the data keys that come with them.</summary>
public static class CardVerbs
{
    public const string FeedbackUseful = "feedback.useful";
    public const string FeedbackNotUseful = "feedback.notUseful";
    public const string Escalate = "escalate";
    public const string Override = "override";
    public const string TicketAnswer = "ticket.answer";
    public const string TicketClose = "ticket.close";

    /// <summary>The digest's "Schrijf standaardantwoord" for a question the bot could not answer (inkoopteam only).</summary>
    public const string FaqWrite = "faq.write";

    /// <summary>Data key of the verb in Action.Submit data (Action.Execute carries it beside data).</summary>
    public const string VerbKey = "verb";
    public const string LogIdKey = "logId";

    /// <summary>The unguessable reference that must come with a logId (see <see cref="Questions.Log.CardReference"/>).</summary>
    public const string ReferenceKey = "ref";
    public const string TicketIdKey = "ticketId";

    /// <summary>Input ids on the ticket card; their values arrive in the action's data.</summary>
    public const string AnswerInputId = "answer";
    public const string SaveAsFaqInputId = "saveAsFaq";

    /// <summary>The answer box of one question on the digest card.</summary>
    public static string FaqAnswerInputId(long logId) => $"faqAnswer-{logId}";
}
