namespace TeamBot.Core.PlanDocuments;

/// <summary>A gemeente's tasks and hours, with its kosten from the first kostenverdeling that lists the gemeente.</summary>
public sealed record MunicipalityTasksView(string Gemeente, decimal? Uren, IReadOnlyList<string> Taken, decimal? Kosten);
