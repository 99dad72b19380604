using TeamBot.Core.Formatting;
using TeamBot.Core.Plans;
using TeamBot.Core.Regions;

namespace TeamBot.Bot.Addin;

/// <summary>
/// The Excel pane's kostenverdeling: its Gemeenten table becomes the gemeenten of one sluitende kostenverdeling, so
/// the rows add up to the amount. Every problem names the table, row and column it is in, in Dutch.
/// </summary>
public static class WorkbookAllocation
{
    public const string TableName = "Gemeenten";
    public const int MaxMunicipalities = 500;
    public const int MaxKeys = 20;

    public static (CostAllocation? Allocation, IReadOnlyList<string> Problems) Allocate(AllocationRequest request)
    {
        var problems = Check(request);
        if (problems.Count > 0) return (null, problems);
        var municipalities = request.Gemeenten!.Select(ToMunicipality).ToList();
        var definition = new CostAllocationDefinition
        {
            Title = string.IsNullOrWhiteSpace(request.Titel) ? "Kostenverdeling per gemeente" : request.Titel.Trim(),
            Amount = request.Bedrag!.Value,
            Rounding = RoundingOf(request.Afronding)!.Value,
            Balanced = true,
            Keys = request.Sleutels!.Select(k => new AllocationKey(k.Naam!.Trim(), k.GewichtPercent!.Value, AllocationBasis.Column, k.Kolom!.Trim())).ToList(),
        };
        var result = CostAllocator.Allocate(definition, municipalities, PlanSource.Unlocated("werkmap"), "kostenverdeling");
        return result.Succeeded ? (result.Allocations[0], []) : (null, result.Problems.Select(p => p.Message).ToList());
    }

    /// <summary>The rule the pane writes under the table.</summary>
    public static string RoundingRule(AmountRounding rounding) =>
        (rounding == AmountRounding.Euro ? "Bedragen afgerond op hele euro's" : "Bedragen afgerond op centen") +
        "; de afrondingsverschillen zijn verdeeld over de gemeenten met de grootste resten, zodat de regels precies optellen tot het totaal.";

    public static AmountRounding? RoundingOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "euro" => AmountRounding.Euro,
        "cent" or "centen" => AmountRounding.Cent,
        _ => null,
    };

    private static List<string> Check(AllocationRequest request)
    {
        var problems = new List<string>();
        if (request.Bedrag is not > 0) problems.Add("Vul bij 'Te verdelen bedrag' een bedrag groter dan nul in.");
        if (RoundingOf(request.Afronding) is null) problems.Add($"Afronding '{request.Afronding}' ken ik niet; kies euro of cent.");
        CheckKeys(request.Sleutels ?? [], problems);
        CheckTable(request.Gemeenten ?? [], request.Sleutels ?? [], problems);
        return problems;
    }

    private static void CheckKeys(IReadOnlyList<AllocationKeyRequest> keys, List<string> problems)
    {
        if (keys.Count is 0 or > MaxKeys) problems.Add($"Geef 1 tot {MaxKeys} verdeelsleutels.");
        for (var k = 0; k < keys.Count; k++)
        {
            if (string.IsNullOrWhiteSpace(keys[k].Naam)) problems.Add($"Verdeelsleutel {k + 1} heeft geen naam.");
            if (string.IsNullOrWhiteSpace(keys[k].Kolom)) problems.Add($"Verdeelsleutel {k + 1} noemt geen kolom van de tabel {TableName}.");
            if (keys[k].GewichtPercent is not (>= 0 and <= 100)) problems.Add($"Verdeelsleutel {k + 1}: het gewicht moet tussen 0 en 100% liggen.");
        }
        var sum = keys.Sum(k => k.GewichtPercent ?? 0);
        if (keys.Count > 0 && sum != 100) problems.Add($"De gewichten van de verdeelsleutels tellen op tot {DutchFormat.Number(sum)}%; dat moet precies 100% zijn.");
    }

    private static void CheckTable(IReadOnlyList<AllocationMunicipality> rows, IReadOnlyList<AllocationKeyRequest> keys, List<string> problems)
    {
        if (rows.Count is 0 or > MaxMunicipalities) problems.Add($"De tabel {TableName} moet 1 tot {MaxMunicipalities} gemeenten hebben.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, i) in rows.Take(MaxMunicipalities).Select((r, i) => (r, i)))
        {
            var where = $"Tabel {TableName}, rij {i + 1}";
            if (string.IsNullOrWhiteSpace(row.Gemeente)) { problems.Add($"{where}, kolom Gemeente: de naam ontbreekt."); continue; }
            if (!seen.Add(row.Gemeente.Trim())) problems.Add($"{where}, kolom Gemeente: '{row.Gemeente}' staat er dubbel in.");
            foreach (var column in keys.Select(k => k.Kolom?.Trim()).OfType<string>().Distinct())
                if (row.Waarden?.GetValueOrDefault(column) is not { } value) problems.Add($"{where} ({row.Gemeente}), kolom {column}: geen getal.");
                else if (value < 0) problems.Add($"{where} ({row.Gemeente}), kolom {column}: negatief ({DutchFormat.Number(value)}).");
        }
    }

    private static Municipality ToMunicipality(AllocationMunicipality row) => new(
        row.Gemeente!.Trim(), [], null,
        (row.Waarden ?? new Dictionary<string, decimal?>()).Where(v => v.Value is not null).ToDictionary(v => v.Key.Trim(), v => v.Value!.Value, StringComparer.OrdinalIgnoreCase));
}
