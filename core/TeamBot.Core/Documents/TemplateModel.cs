using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace TeamBot.Core.Documents;

/// <summary>
/// Copies the caller's model into Scriban objects: dictionaries (also YAML's IDictionary&lt;object, object&gt;),
/// JSON objects and plain objects become ScriptObjects with their names as given, sequences become ScriptArrays, and
/// scalars stay as they are. The copy keeps a template from changing the caller's objects.
/// </summary>
internal static class TemplateModel
{
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<Type, MemberInfo[]> MembersByType = new();

    public static ScriptObject From(object model) =>
        Copy(model, 0) as ScriptObject ?? throw new ArgumentException("Het model moet een object of een woordenboek zijn, geen losse waarde of lijst.", nameof(model));

    private static object? Copy(object? value, int depth)
    {
        if (value is null || IsScalar(value)) return value;
        if (depth > MaxDepth) throw new ArgumentException($"Het model is dieper dan {MaxDepth} niveaus genest of verwijst naar zichzelf.");
        return value switch
        {
            JsonElement element => FromJson(element, depth),
            JsonNode node => FromJson(JsonSerializer.SerializeToElement(node), depth),
            IDictionary dictionary => FromEntries(Entries(dictionary), depth),
            IEnumerable<KeyValuePair<string, object?>> pairs => FromEntries(pairs.Select(pair => (pair.Key, pair.Value)), depth),
            IEnumerable items => FromItems(items, depth),
            _ => FromEntries(Members(value), depth),
        };
    }

    /// <summary>Plan data posted to the API may arrive as JSON; numbers become decimals as in YAML-typed data.</summary>
    private static object? FromJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => FromEntries(element.EnumerateObject().Select(property => (property.Name, (object?)property.Value)), depth),
        JsonValueKind.Array => FromItems(element.EnumerateArray().Select(item => (object)item), depth),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var number) ? number : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static bool IsScalar(object value) =>
        value is string or decimal or DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Guid or Uri or Enum
        || value.GetType().IsPrimitive;

    private static ScriptObject FromEntries(IEnumerable<(string Name, object? Value)> entries, int depth)
    {
        var copy = new ScriptObject();
        foreach (var (name, value) in entries) copy[name] = Copy(value, depth + 1);
        return copy;
    }

    /// <summary>Through the non-generic enumerator: a generic dictionary's own enumerator yields KeyValuePairs.</summary>
    private static IEnumerable<(string Name, object? Value)> Entries(IDictionary dictionary)
    {
        var entry = dictionary.GetEnumerator();
        while (entry.MoveNext()) yield return (Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", entry.Value);
    }

    private static ScriptArray FromItems(IEnumerable items, int depth)
    {
        var copy = new ScriptArray();
        foreach (var item in items) copy.Add(Copy(item, depth + 1));
        return copy;
    }

    private static IEnumerable<(string Name, object? Value)> Members(object value) =>
        MembersByType.GetOrAdd(value.GetType(), ReadableMembers).Select(member => (member.Name, member switch
        {
            PropertyInfo property => property.GetValue(value),
            FieldInfo field => field.GetValue(value),
            _ => null,
        }));

    private static MemberInfo[] ReadableMembers(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanRead && property.GetIndexParameters().Length == 0),
        .. type.GetFields(BindingFlags.Public | BindingFlags.Instance),
    ];
}
