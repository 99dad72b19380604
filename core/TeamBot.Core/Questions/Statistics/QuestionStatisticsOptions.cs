using TeamBot.Core.Escalations;

namespace TeamBot.Core.Questions.Statistics;

/// <summary>Section "Questions:Statistics": how the evaluatie's figures about the question log are reckoned.</summary>
public sealed class QuestionStatisticsOptions
{
    public const string Section = "Questions:Statistics";

    /// <summary>
    /// The inkoopteam's time for one question it no longer has to handle: read it, look it up in the verwijsgids or a
    /// contract, write back. 20 minutes puts the 1.500 hours of evaluatie 2019 at about 4.500 questions a year, some
    /// 18 a werkdag for 16 gemeenten; set the team's own measurement here.
    /// </summary>
    public int MinutesPerQuestion { get; set; } = 20;

    /// <summary>The answer time escalations are measured against: the SLA's 5 werkdagen of the central mailbox.</summary>
    public int ResponseWorkingDays { get; set; } = EscalationTicket.ResponseWorkingDays;
}
