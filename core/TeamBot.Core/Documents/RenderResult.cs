namespace TeamBot.Core.Documents;

/// <summary>The rendered document, or every problem that kept it from being rendered (never both).</summary>
public sealed class RenderResult
{
    private RenderResult(string templateName, TemplatePackageKind kind, byte[]? document, IReadOnlyList<TemplateProblem> problems)
    {
        TemplateName = templateName;
        Kind = kind;
        Document = document;
        Problems = problems;
    }

    public string TemplateName { get; }

    /// <summary>The package kind of the output, always the same as the template's.</summary>
    public TemplatePackageKind Kind { get; }

    /// <summary>The rendered .docx bytes (or Flat OPC UTF-8 XML); null when rendering failed.</summary>
    public byte[]? Document { get; }

    public IReadOnlyList<TemplateProblem> Problems { get; }

    public bool Succeeded => Document is not null;

    internal static RenderResult Success(string templateName, TemplatePackageKind kind, byte[] document) =>
        new(templateName, kind, document, []);

    internal static RenderResult Failure(string templateName, TemplatePackageKind kind, IReadOnlyList<TemplateProblem> problems) =>
        new(templateName, kind, null, problems);
}
