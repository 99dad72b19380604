using TeamBot.Core.Language;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Plans;

/// <summary>Each deelnemende gemeente's value for one verdeelsleutel, or the problems that prevent it.</summary>
internal static class AllocationKeyValues
{
    public static decimal[] Read(
        AllocationKey key, IReadOnlyList<Municipality> participants, IReadOnlyList<Municipality> region,
        PlanSource source, string field, List<PlanProblem> problems)
    {
        var before = problems.Count;
        var values = key.Basis switch
        {
            AllocationBasis.Equal => participants.Select(_ => 1m).ToArray(),
            AllocationBasis.Column => FromColumn(key, participants, region, source, field, problems),
            _ => FromInlineValues(key, participants, region, source, field, problems),
        };
        if (problems.Count == before && participants.Count > 0 && values.Sum() == 0)
            problems.Add(source.Problem(field, $"De waarden van sleutel '{key.Name}' tellen op tot 0; er valt niets naar verhouding te verdelen."));
        return values;
    }

    private static decimal[] FromColumn(
        AllocationKey key, IReadOnlyList<Municipality> participants, IReadOnlyList<Municipality> region,
        PlanSource source, string field, List<PlanProblem> problems)
    {
        var at = $"{field}.{(key.Column is null ? "naam" : "kolom")}";
        var columns = region.SelectMany(m => m.Figures.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!columns.Contains(key.ColumnName, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(source.Problem(at,
                $"De kolom '{key.ColumnName}' bestaat niet in de Gemeenten van de regio.{NameSuggestion.Hint(key.ColumnName, columns)} " +
                $"Getalkolommen: {string.Join(", ", columns)}."));
            return [];
        }
        return participants.Select(m => ColumnValue(m, key.ColumnName, source, at, problems)).ToArray();
    }

    private static decimal ColumnValue(Municipality municipality, string column, PlanSource source, string at, List<PlanProblem> problems)
    {
        var figure = municipality.Figures.FirstOrDefault(f => string.Equals(f.Key, column, StringComparison.OrdinalIgnoreCase));
        if (figure.Key is null)
            problems.Add(source.Problem(at, $"Gemeente '{municipality.Name}' heeft geen waarde in kolom '{column}'."));
        else if (figure.Value < 0)
            problems.Add(source.Problem(at, $"Gemeente '{municipality.Name}' heeft een negatieve waarde ({figure.Value}) in kolom '{column}'; een verdeelsleutel kan niet negatief zijn."));
        return figure.Value;
    }

    private static decimal[] FromInlineValues(
        AllocationKey key, IReadOnlyList<Municipality> participants, IReadOnlyList<Municipality> region,
        PlanSource source, string field, List<PlanProblem> problems)
    {
        var given = key.Values ?? new Dictionary<string, decimal>();
        foreach (var (name, value) in given)
            CheckInlineValue(name, value, participants, region, source, $"{field}.waarden.{name}", problems);
        var values = new decimal[participants.Count];
        for (var i = 0; i < participants.Count; i++)
        {
            var entry = given.FirstOrDefault(v => string.Equals(v.Key.Trim(), participants[i].Name, StringComparison.OrdinalIgnoreCase));
            if (entry.Key is null)
                problems.Add(source.Problem($"{field}.waarden", $"Sleutel '{key.Name}' heeft geen waarde voor gemeente '{participants[i].Name}'; geef elke deelnemende gemeente een waarde (0 mag)."));
            values[i] = entry.Value;
        }
        return values;
    }

    private static void CheckInlineValue(
        string name, decimal value, IReadOnlyList<Municipality> participants, IReadOnlyList<Municipality> region,
        PlanSource source, string at, List<PlanProblem> problems)
    {
        if (AllocationParticipants.Find(region, name) is not { } municipality)
            problems.Add(source.Problem(at, AllocationParticipants.UnknownMunicipality(name, region)));
        else if (!participants.Contains(municipality))
            problems.Add(source.Problem(at, $"Gemeente '{municipality.Name}' staat niet in de lijst gemeenten van deze kostenverdeling."));
        if (value < 0)
            problems.Add(source.Problem(at, $"De waarde voor '{name}' is negatief ({value}); een verdeelsleutel kan niet negatief zijn."));
    }
}
