namespace TeamBot.Core.Plans;

/// <summary>Reads the formatie table and the hours and tasks per gemeente.</summary>
internal static class StaffingReader
{
    public static Staffing Read(YamlObject staffing, PlanProblems problems)
    {
        var result = new Staffing(
            staffing.Blocks("inleiding"),
            staffing.List("regels", (node, path) => YamlObject.Read(node, path, problems) is { } line ? ReadLine(line) : null),
            staffing.Blocks("toelichting"));
        staffing.RejectUnknownKeys();
        return result;
    }

    public static MunicipalityTasks? ReadTasks(YamlObject tasks)
    {
        var municipality = tasks.Text("gemeente", required: true);
        var result = new MunicipalityTasks(municipality ?? "", tasks.Number("uren"), tasks.Texts("taken"));
        tasks.RejectUnknownKeys();
        return municipality is null ? null : result;
    }

    private static StaffingLine? ReadLine(YamlObject line)
    {
        var description = line.Text("omschrijving", required: true);
        var result = new StaffingLine(
            description ?? "", line.Text("groep"), line.Number("uren"), line.Number("fte"), line.Number("bedrag"), line.Flag("totaal"));
        line.RejectUnknownKeys();
        return description is null ? null : result;
    }
}
