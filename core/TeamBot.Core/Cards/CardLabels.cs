using System.Globalization;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;

namespace TeamBot.Core.Cards;

/// <summary>The Dutch words cards use for categories, sources, ticket states and times.</summary>
internal static class CardLabels
{
    public static string Category(QuestionCategory category) => category switch
    {
        QuestionCategory.Contract => "Contractvraag",
        QuestionCategory.CaseQuestion => "Casuïstiek",
        _ => "Overig",
    };

    /// <summary>A ticket stores the category by its wire name; an unknown name is shown as it is.</summary>

    public static string SourceKind(AnswerSourceKind kind) => kind switch
    {
        AnswerSourceKind.ReferralGuide => "Verwijsgids",
        AnswerSourceKind.Document => "Document",
        _ => "Standaardantwoord",
    };

    public static (string Text, string Color) TicketState(EscalationState state, bool overdue) => (state, overdue) switch
    {
        (EscalationState.Open, true) => ("Te laat", "attention"),
        (EscalationState.Open, false) => ("Open", "accent"),
        (EscalationState.Answered, _) => ("Beantwoord", "good"),
        _ => ("Gesloten", "default"),
    };

    /// <summary>"23-11-2026 09:30" in the cards' time zone.</summary>
    /// <param name="regionTime">Already in the region's zone (<see cref="Regions.RegionCalendar.ToRegion"/>).</param>
    public static string DateTime(DateTimeOffset regionTime) =>
        regionTime.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);
}
