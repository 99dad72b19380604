namespace TeamBot.Core.Regions.Import;

/// <summary>The stored import record on success, or every problem found (and nothing stored).</summary>
public sealed record ImportOutcome(ImportRecord? Record, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Record is not null;
}
