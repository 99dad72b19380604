namespace TeamBot.Bot.PlanDocuments;

/// <summary>The body of POST /api/plans/render.</summary>
/// <param name="Template">The template's name, as GET /api/templates lists it.</param>
/// <param name="Plan">The plan data as YAML text (docs/plan-format.md).</param>
/// <param name="Upload">Store the document through the configured document store and return its web address.</param>
/// <param name="Pdf">Also a PDF: stored beside the document with <paramref name="Upload"/>, otherwise made here and returned (JSON: pdfBase64).</param>
public sealed record PlanRenderRequest(string? Template, string? Plan, bool Upload = false, bool Pdf = false);
