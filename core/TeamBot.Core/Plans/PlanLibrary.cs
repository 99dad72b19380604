using Microsoft.Extensions.Options;

namespace TeamBot.Core.Plans;

/// <summary>
/// The stored plans: the YAML files directly in Plans:Path, by name (the file name without ".yaml"). A name is only
/// ever looked up among the listed files, so no caller can reach a file outside the folder.
/// </summary>
public sealed class PlanLibrary(IOptions<PlanLibraryOptions> options)
{
    public const int MaxPlans = 50;

    /// <summary>Every readable plan, by name; a plan with problems is listed with them, so the inkoopteam sees why.</summary>
    public IReadOnlyList<StoredPlan> List() =>
        Files().Select(file => Describe(file, PlanDataLoader.Load(file))).ToList();

    /// <returns>The plan's YAML text; null when no stored plan has that name.</returns>
    public string? ReadYaml(string name) =>
        Files().FirstOrDefault(f => string.Equals(NameOf(f), name, StringComparison.OrdinalIgnoreCase)) is { } file ? File.ReadAllText(file) : null;

    /// <summary>The plans that load without problems, for the digest's acties.</summary>
    public IEnumerable<ExecutionPlan> LoadAll() =>
        Files().Select(PlanDataLoader.Load).Where(r => r.Plan is not null).Select(r => r.Plan!);

    private IEnumerable<string> Files()
    {
        var folder = options.Value.Path;
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Take(MaxPlans);
    }

    private static StoredPlan Describe(string file, PlanLoadResult loaded) => loaded.Plan is { } plan
        ? new StoredPlan(NameOf(file), plan.Title, plan.Year, plan.IsEvaluation ? "evaluatie" : "uitvoeringsplan", [])
        : new StoredPlan(NameOf(file), NameOf(file), null, null, loaded.Problems.Select(p => p.ToString()).ToList());

    private static string NameOf(string file) => System.IO.Path.GetFileNameWithoutExtension(file);
}

/// <param name="Kind">"uitvoeringsplan" or "evaluatie"; null when the plan does not load.</param>
/// <param name="Problems">Why the plan does not load (Dutch, located); empty when it does.</param>
public sealed record StoredPlan(string Name, string Title, int? Year, string? Kind, IReadOnlyList<string> Problems);
