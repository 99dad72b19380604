namespace TeamBot.Core.PlanDocuments;

/// <summary>Section "Documents": where the plan document templates are.</summary>
public sealed class DocumentTemplateOptions
{
    public const string Section = "Documents";

    /// <summary>The folder with the templates (.docx or Flat OPC .xml); empty: templates/documents beside the program.</summary>
    public string TemplatesPath { get; set; } = "";

    public string ResolvedTemplatesPath => string.IsNullOrWhiteSpace(TemplatesPath)
        ? Path.Combine(AppContext.BaseDirectory, "templates", "documents")
        : Path.GetFullPath(TemplatesPath);
}
