using TeamBot.Core.Language;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Plans;

/// <summary>
/// gemeenteTaken names each gemeente of the plan's region at most once: a second entry would double the total, and a
/// gemeente outside the region has no share in the kostenverdelingen, so it would print as € 0.
/// </summary>
internal static class MunicipalityTaskRules
{
    public static IReadOnlyList<PlanProblem> Problems(ExecutionPlan plan, IReadOnlyList<Municipality> members)
    {
        var problems = new List<PlanProblem>();
        var firstAt = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < plan.MunicipalityTasks.Count; i++)
        {
            var name = plan.MunicipalityTasks[i].Municipality;
            var field = $"gemeenteTaken[{i}].gemeente";
            if (!firstAt.TryAdd(name, i))
                problems.Add(plan.Source.Problem(field, $"Gemeente '{name}' staat dubbel in gemeenteTaken (ook als item {firstAt[name] + 1}); noem elke gemeente één keer."));
            else if (!members.Any(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                problems.Add(plan.Source.Problem(field,
                    $"Gemeente '{name}' hoort niet bij regio '{plan.Region}'.{NameSuggestion.Hint(name, members.Select(m => m.Name))} " +
                    $"Gemeenten van de regio: {string.Join(", ", members.Select(m => m.Name))}."));
        }
        return problems;
    }
}
