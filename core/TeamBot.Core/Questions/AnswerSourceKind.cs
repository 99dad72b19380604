namespace TeamBot.Core.Questions;

public enum AnswerSourceKind
{
    /// <summary>The region data: contracts, aanbieders, producten.</summary>
    ReferralGuide,
    /// <summary>A section of a contract document.</summary>
    Document,
    /// <summary>A standard answer the inkoopteam saved.</summary>
    Faq,
}
