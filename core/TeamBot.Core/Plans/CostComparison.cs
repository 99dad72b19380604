namespace TeamBot.Core.Plans;

/// <summary>Another amount split with the same sleutels and gemeenten, such as "Bijdrage 2020" beside this year's bijdrage.</summary>
public sealed record CostComparison(string Name, decimal Amount);
