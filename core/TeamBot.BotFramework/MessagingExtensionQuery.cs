using System.Text.Json;

namespace TeamBot.BotFramework;

/// <summary>The value of a composeExtension/query invoke: the command and what the user typed.</summary>
/// <param name="Skip">Where the page Teams asks for starts (queryOptions.skip): past the first page when the user scrolls.</param>
public sealed record MessagingExtensionQuery(string? CommandId, IReadOnlyDictionary<string, string> Parameters, bool IsInitialRun, int Skip)
{
    public const string InvokeName = "composeExtension/query";

    // A search command has a few parameters; more is no query of Teams'.
    private const int MaxParameters = 10;

    /// <summary>Null when the value is not a query at all.</summary>
    public static MessagingExtensionQuery? From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } query) return null;
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (query.TryGetProperty("parameters", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            if (list.GetArrayLength() > MaxParameters) return null;
            foreach (var parameter in list.EnumerateArray())
                if (InvokeValues.String(parameter, "name") is { } name && InvokeValues.Scalar(parameter, "value") is { } text)
                    parameters[name] = text;
        }
        var initialRun = parameters.TryGetValue("initialRun", out var flag) && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        var skip = InvokeValues.Object(query, "queryOptions") is { } paging && paging.TryGetProperty("skip", out var from) && from.TryGetInt32(out var n) ? Math.Max(0, n) : 0;
        return new MessagingExtensionQuery(InvokeValues.String(query, "commandId"), parameters, initialRun, skip);
    }

    /// <summary>The text of the named parameter; empty on the initial run or when it is missing.</summary>
    public string Text(string parameterName) =>
        !IsInitialRun && Parameters.TryGetValue(parameterName, out var text) ? text : "";
}
