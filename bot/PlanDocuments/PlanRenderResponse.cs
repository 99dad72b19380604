using System.Text.Json.Serialization;

namespace TeamBot.Bot.PlanDocuments;

/// <summary>The JSON answer of POST /api/plans/render for a caller that accepts application/json.</summary>
/// <param name="PdfBase64">The PDF made here, when "pdf" was asked without "upload"; left out otherwise.</param>
public sealed record PlanRenderResponse(
    string FileName,
    string? WebUrl,
    string? PdfWebUrl,
    string DocumentBase64,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PdfBase64 = null)
{
    /// <summary>Located Dutch warnings ("waarschuwing"): the document was made, but a stated total disagrees with its rows.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
