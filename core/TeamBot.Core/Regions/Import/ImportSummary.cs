namespace TeamBot.Core.Regions.Import;

/// <summary>The Dutch one-line summary of an import, for the CLI and the digest.</summary>
public static class ImportSummary
{
    public static string OneLine(ImportRecord record) =>
        $"Geïmporteerd: {record.FileName} — {record.Counts.ToDutch()}; wijzigingen: {Changes(record.Changes)}.";

    public static string Changes(IReadOnlyList<ContractChange> changes) =>
        changes.Count == 0
            ? "geen"
            : $"{Count(changes, ContractChangeKind.Added)} nieuw, {Count(changes, ContractChangeKind.Ended)} beëindigd, " +
              $"{Count(changes, ContractChangeKind.Changed)} gewijzigd";

    public static string Describe(ContractChange change)
    {
        var kind = change.Kind switch
        {
            ContractChangeKind.Added => "Nieuw",
            ContractChangeKind.Ended => "Beëindigd",
            _ => "Gewijzigd",
        };
        var lot = change.Lot is null ? "" : $", {change.Lot}";
        return $"{kind}: {change.Provider}, {change.ProductCode}{lot} ({change.Municipalities}): {change.Detail}";
    }

    private static int Count(IReadOnlyList<ContractChange> changes, ContractChangeKind kind) => changes.Count(c => c.Kind == kind);
}
