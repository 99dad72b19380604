using TeamBot.Core.Formatting;

namespace TeamBot.Core.Regions.Import;

/// <summary>Compares the contracts of two imports by their key: added, ended (gone or status beëindigd) or changed fields.</summary>
public static class ContractChangeDetector
{
    public static IReadOnlyList<ContractChange> Compare(IReadOnlyList<Contract> before, IReadOnlyList<Contract> after)
    {
        var old = before.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var changes = new List<ContractChange>();
        foreach (var contract in after)
        {
            if (!old.Remove(contract.Key, out var previous))
                changes.Add(Change(ContractChangeKind.Added, contract, "nieuw gecontracteerd"));
            else if (contract.Status == ContractStatus.Ended && previous.Status != ContractStatus.Ended)
                changes.Add(Change(ContractChangeKind.Ended, contract, EndedDetail(contract)));
            else if (FieldChanges(previous, contract) is { Count: > 0 } fields)
                changes.Add(Change(ContractChangeKind.Changed, contract, string.Join("; ", fields)));
        }
        changes.AddRange(old.Values
            .Where(c => c.Status != ContractStatus.Ended)
            .Select(c => Change(ContractChangeKind.Ended, c, "niet meer in de contractenlijst")));
        return changes;
    }

    private static string EndedDetail(Contract contract) =>
        contract.EndDate is { } end ? $"beëindigd per {DutchFormat.Date(end)}" : "beëindigd";

    private static List<string> FieldChanges(Contract before, Contract after)
    {
        var fields = new List<string>();
        Compare(fields, "tarief", before.Rate, after.Rate, DutchFormat.Money);
        Compare(fields, "uitvoeringsvariant", before.DeliveryModel, after.DeliveryModel, m => m?.ToDutch() ?? "-");
        Compare(fields, "ingangsdatum", before.StartDate, after.StartDate, DutchFormat.Date);
        Compare(fields, "einddatum", before.EndDate, after.EndDate, DutchFormat.Date);
        Compare(fields, "max. einddatum", before.MaxEndDate, after.MaxEndDate, DutchFormat.Date);
        Compare(fields, "status", before.Status, after.Status, s => s.ToDutch());
        Compare(fields, "regio", before.Region, after.Region, r => r ?? "-");
        if (!before.Municipalities.Order().SequenceEqual(after.Municipalities.Order()))
            fields.Add("gemeenten gewijzigd");
        return fields;
    }

    private static void Compare<T>(List<string> fields, string name, T before, T after, Func<T, string> format)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
            fields.Add($"{name} {format(before)} → {format(after)}");
    }

    private static ContractChange Change(ContractChangeKind kind, Contract contract, string detail) =>
        new(kind, contract.Provider, contract.ProductCode, contract.Lot,
            contract.AllMunicipalities ? WorkbookFormat.AllMunicipalities : string.Join(", ", contract.Municipalities), detail);
}
