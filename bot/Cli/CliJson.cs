using System.Text.Encodings.Web;
using System.Text.Json;

namespace TeamBot.Bot.Cli;

/// <summary>How the verbs print JSON: camelCase, and Dutch letters and € as they are, not as \u escapes.</summary>
internal static class CliJson
{
    /// <summary>One object per line, for reading line by line (`ask --json` over standard input).</summary>
    public static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>For a person or a file: indented.</summary>
    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };
}
