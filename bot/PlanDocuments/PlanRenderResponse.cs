namespace TeamBot.Bot.PlanDocuments;

/// <summary>The JSON answer of POST /api/plans/render for a caller that accepts application/json.</summary>
public sealed record PlanRenderResponse(string FileName, string? WebUrl, string? PdfWebUrl, string DocumentBase64);
