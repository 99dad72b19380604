namespace TeamBot.Core.Plans;

/// <summary>Maps the top level of a plan data file onto <see cref="ExecutionPlan"/>; see docs/plan-format.md.</summary>
internal static class PlanReader
{
    private static readonly Dictionary<string, PlanKind> Kinds = new()
    {
        ["uitvoeringsplan"] = PlanKind.ExecutionPlan,
        ["evaluatie"] = PlanKind.Evaluation,
    };

    public static ExecutionPlan? Read(YamlObject root, PlanSource source, PlanProblems problems)
    {
        var kind = root.Choice("soort", Kinds) ?? PlanKind.ExecutionPlan;
        var year = root.Integer("jaar", 2000, 2100, required: true);
        var region = root.Text("regio", required: true);
        var plan = new ExecutionPlan
        {
            Kind = kind,
            Year = year ?? 0,
            Region = region ?? "",
            Title = root.Text("titel") ?? ExecutionPlan.DefaultTitle(kind, year ?? 0),
            Subtitle = root.Texts("ondertitel"),
            Version = root.Text("versie"),
            Status = root.Text("status"),
            Introduction = root.Blocks("toelichting"),
            Priorities = root.Object("speerpunten") is { } priorities ? ReadPriorities(priorities) : null,
            Layout = root.Blocks("indeling"),
            Emphasis = root.Texts("nadruk"),
            General = root.Object("algemeen") is { } general ? MainProcessReader.Read(general, "Algemeen") : null,
            MainProcesses = root.List("hoofdprocessen", (node, path) =>
                YamlObject.Read(node, path, problems) is { } process ? MainProcessReader.Read(process, defaultName: null) : null),
            Staffing = root.Object("formatie") is { } staffing ? StaffingReader.Read(staffing, problems) : null,
            MunicipalityTasks = root.List("gemeenteTaken", (node, path) =>
                YamlObject.Read(node, path, problems) is { } tasks ? StaffingReader.ReadTasks(tasks) : null),
            CostAllocations = root.List("kostenverdelingen", (node, path) =>
                YamlObject.Read(node, path, problems) is { } allocation ? CostAllocationReader.Read(allocation, problems) : null),
            Source = source,
        };
        root.RejectUnknownKeys();
        return problems.Any ? null : plan;
    }

    private static PlanPriorities ReadPriorities(YamlObject priorities)
    {
        var result = new PlanPriorities(priorities.Blocks("inleiding"), priorities.Texts("punten"), priorities.Blocks("uitwerking"));
        priorities.RejectUnknownKeys();
        return result;
    }
}
