using System.Text.Json;

namespace TeamBot.Core.PlanDocuments;

/// <summary>The model as templates read it: camelCase names, as the plan's YAML keys are written ("buitenSla").</summary>
internal static class TemplateData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonElement From(PlanDocumentModel model) => JsonSerializer.SerializeToElement(model, Options);
}
