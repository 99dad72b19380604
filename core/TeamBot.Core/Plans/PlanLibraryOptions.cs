namespace TeamBot.Core.Plans;

/// <summary>Section "Plans": the folder of the inkoopteam's stored plans (YAML), which the add-in and the digest read.</summary>
public sealed class PlanLibraryOptions
{
    public const string Section = "Plans";

    /// <summary>Default: templates/plans beside the program (the shipped samples).</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "templates", "plans");
}
