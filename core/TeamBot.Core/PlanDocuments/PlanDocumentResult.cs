using TeamBot.Core.Plans;

namespace TeamBot.Core.PlanDocuments;

/// <summary>The rendered .docx, or every problem with the plan data and the template, in Dutch and located (never both).</summary>
public sealed record PlanDocumentResult
{
    /// <summary>The .docx bytes; null when there are problems.</summary>
    public byte[]? Document { get; init; }

    /// <summary>A file name for the document, e.g. "Uitvoeringsplan 2021 Zuid-Limburg.docx".</summary>
    public string FileName { get; init; } = "";

    public ExecutionPlan? Plan { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Located warnings ("waarschuwing"): the document is made, but something in it deserves a second look.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool Succeeded => Document is not null;

    internal static PlanDocumentResult Failed(IEnumerable<string> problems) => new() { Problems = problems.ToList() };
}
