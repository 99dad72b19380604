using TeamBot.Core.Language;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Plans;

/// <summary>The deelnemende gemeenten of one kostenverdeling: its own list, or every gemeente of the plan's region.</summary>
internal static class AllocationParticipants
{
    public static IReadOnlyList<Municipality> Resolve(
        CostAllocationDefinition definition, IReadOnlyList<Municipality> region, PlanSource source, string field, List<PlanProblem> problems)
    {
        if (definition.Municipalities is null) return region;
        if (definition.Municipalities.Count == 0)
            problems.Add(source.Problem($"{field}.gemeenten", "De lijst gemeenten is leeg; laat hem weg om alle gemeenten van de regio te laten deelnemen."));
        var participants = new List<Municipality>();
        for (var i = 0; i < definition.Municipalities.Count; i++)
        {
            var name = definition.Municipalities[i];
            var at = $"{field}.gemeenten[{i}]";
            if (Find(region, name) is not { } municipality)
                problems.Add(source.Problem(at, UnknownMunicipality(name, region)));
            else if (participants.Contains(municipality))
                problems.Add(source.Problem(at, $"Gemeente '{municipality.Name}' staat dubbel in de lijst gemeenten."));
            else
                participants.Add(municipality);
        }
        return participants;
    }

    public static Municipality? Find(IReadOnlyList<Municipality> municipalities, string name) =>
        municipalities.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string UnknownMunicipality(string name, IReadOnlyList<Municipality> region) =>
        $"Onbekende gemeente '{name}': die hoort niet bij de regio van dit plan.{NameSuggestion.Hint(name, region.Select(m => m.Name))}";
}
