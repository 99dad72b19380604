namespace TeamBot.Core.PlanDocuments;

/// <summary>The questions of one ISO week ("2019-W07").</summary>
public sealed record QuestionWeekView(string Week, int Aantal);
