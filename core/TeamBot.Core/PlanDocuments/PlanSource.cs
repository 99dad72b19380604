namespace TeamBot.Core.PlanDocuments;

/// <summary>Where plan data comes from: a YAML file on this machine, or YAML text sent by a caller.</summary>
public sealed record PlanSource
{
    private PlanSource(string? path, string? yaml, string fileName)
    {
        Path = path;
        Yaml = yaml;
        FileName = fileName;
    }

    public string? Path { get; }

    public string? Yaml { get; }

    /// <summary>Names the plan in problems.</summary>
    public string FileName { get; }

    public static PlanSource FromFile(string path) => new(path, null, System.IO.Path.GetFileName(path));

    public static PlanSource FromYaml(string yaml, string fileName) => new(null, yaml, fileName);
}
