namespace TeamBot.Core.Plans;

/// <summary>
/// Reads a kostenverdeling in the shape issue 6 fixes: titel, bedrag, afronding, sluitend, sleutels
/// (naam, gewicht, basis gelijk|kolom or waarden) and optional gemeenten; plus indexatie, kolom and toelichting.
/// </summary>
internal static class CostAllocationReader
{
    private static readonly Dictionary<string, AmountRounding> Roundings = new()
    {
        ["euro"] = AmountRounding.Euro,
        ["cent"] = AmountRounding.Cent,
    };

    private static readonly Dictionary<string, bool> Units = new()
    {
        ["euro"] = true,
        ["aantal"] = false,
    };

    private static readonly Dictionary<string, AllocationBasis> Bases = new()
    {
        ["gelijk"] = AllocationBasis.Equal,
        ["kolom"] = AllocationBasis.Column,
        ["waarden"] = AllocationBasis.Values,
    };

    public static CostAllocationDefinition? Read(YamlObject allocation, PlanProblems problems)
    {
        var title = allocation.Text("titel", required: true);
        var amount = allocation.Number("bedrag", required: true);
        var rounding = allocation.Choice("afronding", Roundings, required: true);
        var definition = new CostAllocationDefinition
        {
            Title = title ?? "",
            Amount = amount ?? 0,
            IndexationPercent = allocation.Percentage("indexatie"),
            Rounding = rounding ?? AmountRounding.Euro,
            Balanced = allocation.Flag("sluitend"),
            Keys = allocation.List("sleutels", (node, path) => allocation.Child(node, path) is { } key ? ReadKey(key, problems) : null, required: true),
            Municipalities = allocation.Value("gemeenten") is null ? null : allocation.Texts("gemeenten"),
            Explanation = allocation.Blocks("toelichting"),
            StatedTotal = allocation.Number("vastgesteldTotaal"),
            TotalFootnote = allocation.Text("totaalVoetnoot"),
            Comparisons = allocation.List("vergelijkingen", (node, path) => allocation.Child(node, path) is { } comparison ? ReadComparison(comparison) : null),
        };
        RejectDuplicateKeyNames(allocation, definition.Keys, problems);
        RejectDuplicateComparisonNames(allocation, definition.Comparisons, problems);
        allocation.RejectUnknownKeys();
        return title is null || amount is null || rounding is null ? null : definition;
    }

    private static CostComparison? ReadComparison(YamlObject comparison)
    {
        var name = comparison.Text("naam", required: true);
        var amount = comparison.Number("bedrag", required: true);
        comparison.RejectUnknownKeys();
        return name is null || amount is null ? null : new CostComparison(name, amount.Value);
    }

    private static AllocationKey? ReadKey(YamlObject key, PlanProblems problems)
    {
        var name = key.Text("naam", required: true);
        var weight = key.Percentage("gewicht", required: true);
        var basis = key.Choice("basis", Bases);
        var column = key.Text("kolom");
        var values = key.Value("waarden") is null ? null : key.NumberEntries("waarden");
        var amounts = key.Choice("eenheid", Units) ?? false;
        key.RejectUnknownKeys();
        var resolved = ResolveBasis(key, name ?? "", basis, column is not null, values is not null, problems);
        if (values is not null) RejectDuplicateMunicipalities(key, values, problems);
        if (name is null || weight is null || resolved is null) return null;
        return new AllocationKey(name, weight.Value, resolved.Value, column, values?
            .DistinctBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(v => v.Name, v => v.Value, StringComparer.OrdinalIgnoreCase)) { ValuesAreAmounts = amounts };
    }

    /// <summary>YAML itself rejects the same key twice; gemeente names also match regardless of case.</summary>
    private static void RejectDuplicateMunicipalities(YamlObject key, IReadOnlyList<(string Name, decimal Value)> values, PlanProblems problems)
    {
        foreach (var duplicate in values.GroupBy(v => v.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add(key.Value("waarden")!, key.FieldPath("waarden"), $"Gemeente '{duplicate.Key}' staat meer dan eens in 'waarden'.");
    }

    /// <summary>A key needs exactly one source of values: 'basis: gelijk', 'basis: kolom' or 'waarden'.</summary>
    private static AllocationBasis? ResolveBasis(YamlObject key, string name, AllocationBasis? basis, bool hasColumn, bool hasValues, PlanProblems problems)
    {
        var basisWritten = key.Value("basis") is not null;
        if (basis is null && !hasValues)
        {
            // A basis that was written but is not a valid choice has been reported already.
            if (!basisWritten)
                problems.Add(key.Node, key.Path, $"Sleutel '{name}' heeft geen basis: schrijf 'basis: gelijk' of 'basis: kolom', of geef 'waarden' per gemeente.");
            return null;
        }
        if (hasValues && basis is AllocationBasis.Equal or AllocationBasis.Column)
            return Reject(key, "basis", $"Sleutel '{name}' heeft zowel 'basis: {Bases.First(b => b.Value == basis).Key}' als 'waarden'; kies één van beide.", problems);
        if (!hasValues && basis == AllocationBasis.Values)
            return Reject(key, "basis", $"Sleutel '{name}' heeft 'basis: waarden' maar geen 'waarden' per gemeente.", problems);
        if (hasColumn && basis != AllocationBasis.Column)
            return Reject(key, "kolom", "Het veld 'kolom' hoort alleen bij 'basis: kolom'.", problems);
        return basis ?? AllocationBasis.Values;
    }

    private static AllocationBasis? Reject(YamlObject key, string field, string message, PlanProblems problems)
    {
        problems.Add(key.Value(field)!, key.FieldPath(field), message);
        return null;
    }

    /// <summary>Each vergelijking becomes a column; two of one name would be two columns no reader can tell apart.</summary>
    private static void RejectDuplicateComparisonNames(YamlObject allocation, IReadOnlyList<CostComparison> comparisons, PlanProblems problems)
    {
        foreach (var duplicate in comparisons.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add(allocation.Value("vergelijkingen")!, allocation.FieldPath("vergelijkingen"),
                $"De vergelijking '{duplicate.Key}' staat {duplicate.Count()} keer in deze kostenverdeling; geef elke vergelijking een eigen naam.");
    }

    private static void RejectDuplicateKeyNames(YamlObject allocation, IReadOnlyList<AllocationKey> keys, PlanProblems problems)
    {
        foreach (var duplicate in keys.GroupBy(k => k.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add(allocation.Value("sleutels")!, allocation.FieldPath("sleutels"),
                $"De sleutel '{duplicate.Key}' staat {duplicate.Count()} keer in deze kostenverdeling; geef elke sleutel een eigen naam.");
    }
}
