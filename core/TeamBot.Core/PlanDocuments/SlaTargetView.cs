namespace TeamBot.Core.PlanDocuments;

/// <summary>An SLA doel: the actie it belongs to, the norm, and the measured score (6.7) with its meting.</summary>
public sealed record SlaTargetView(string Actie, string Norm, decimal? Score, string? Meting, string? Gereed);
