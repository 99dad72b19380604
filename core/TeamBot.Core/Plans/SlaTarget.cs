namespace TeamBot.Core.Plans;

/// <summary>An SLA doel: the norm agreed (for example "&gt; 6,5 naar &gt; 7,5 in 2022") and, once measured, the score.</summary>
public sealed record SlaTarget(string Norm, decimal? Score, string? Measurement);
