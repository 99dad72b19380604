using TeamBot.Core.WireFormat;

namespace TeamBot.Core.Questions.Classification;

/// <summary>What kind of question a toegangsmedewerker asked; decides how TeamBot answers it.</summary>
public enum QuestionCategory
{
    /// <summary>Settled by the contracts or the verwijsgids: the inkoopteam's work ("contract").</summary>
    [WireName("contract")]
    Contract,

    /// <summary>Casuïstiek: about one client's situation or a decision the toegang takes itself ("casuistiek").</summary>
    [WireName("casuistiek")]
    CaseQuestion,

    /// <summary>Everything else: greetings, thanks, help, IT, chitchat ("overig").</summary>
    [WireName("overig")]
    Other,
}
