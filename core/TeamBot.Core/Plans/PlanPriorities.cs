namespace TeamBot.Core.Plans;

/// <summary>The speerpunten: the policy priorities every actie serves, with the text around them.</summary>
public sealed record PlanPriorities(
    IReadOnlyList<TextBlock> Introduction,
    IReadOnlyList<string> Items,
    IReadOnlyList<TextBlock> Elaboration);
