namespace TeamBot.Core.PlanDocuments;

/// <summary>Section "Documents": where the plan document templates are.</summary>
public sealed class DocumentTemplateOptions
{
    public const string Section = "Documents";

    /// <summary>The folder with the templates (.docx or Flat OPC .xml); empty: templates/documents beside the program.</summary>
    public string TemplatesPath { get; set; } = "";

    /// <summary>
    /// The folder plan text sent without a file (POST /api/plans/render) may take images from, by paths relative to it
    /// and never outside it; unset: the stored plans' folder (Plans:Path), whose plans the add-in renders.
    /// </summary>
    public string PlanImagesPath { get; set; } = "";

    public string? ResolvedPlanImagesPath => string.IsNullOrWhiteSpace(PlanImagesPath) ? null : Path.GetFullPath(PlanImagesPath);

    public string ResolvedTemplatesPath => string.IsNullOrWhiteSpace(TemplatesPath)
        ? Path.Combine(AppContext.BaseDirectory, "templates", "documents")
        : Path.GetFullPath(TemplatesPath);
}
