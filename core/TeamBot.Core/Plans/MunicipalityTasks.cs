namespace TeamBot.Core.Plans;

/// <summary>What the inkoopteam does for one gemeente in the plan year, and the hours set aside for it.</summary>
public sealed record MunicipalityTasks(string Municipality, decimal? Hours, IReadOnlyList<string> Tasks);
