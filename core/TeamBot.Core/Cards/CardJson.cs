using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamBot.Core.Cards;

/// <summary>How TeamBot writes card JSON: compact, camelCase, and non-ASCII kept readable (the output is JSON, never HTML).</summary>
internal static class CardJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static readonly JsonDocumentOptions StrictDocument = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };
}
