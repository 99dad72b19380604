using System.Text.Json;

namespace TeamBot.Core.Documents;

/// <summary>The model a template is rendered with, and how the template spells the members of its typed objects.</summary>
/// <param name="Model">An object, YAML-style dictionaries and lists, or JSON.</param>
public sealed record TemplateInput(object Model)
{
    /// <summary>
    /// The names a template reads a typed object's members by: null keeps the C# name ("BuitenSla"),
    /// <see cref="JsonNamingPolicy.CamelCase"/> gives "buitenSla". Dictionary keys and JSON names always stay as given.
    /// </summary>
    public JsonNamingPolicy? MemberNaming { get; init; }

    /// <summary>What values may carry besides plain text: plan markup and images. Plain text unless the caller trusts more.</summary>
    public DocumentValues Values { get; init; } = DocumentValues.PlainText;
}
