namespace TeamBot.Core.Plans;

/// <summary>The formatie of the inkoopteam: text before the table, its rows, and the explanation after it.</summary>
public sealed record Staffing(IReadOnlyList<TextBlock> Introduction, IReadOnlyList<StaffingLine> Lines, IReadOnlyList<TextBlock> Explanation);
