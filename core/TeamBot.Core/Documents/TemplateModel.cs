using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace TeamBot.Core.Documents;

/// <summary>
/// Copies the caller's model into Scriban objects: dictionaries (also YAML's IDictionary&lt;object, object&gt;),
/// JSON objects and plain objects become ScriptObjects, sequences become ScriptArrays, and scalars stay as they are.
/// Dictionary keys and JSON names stay as given; a plain object's members are named by the naming policy (none: as
/// declared). The copy keeps a template from changing the caller's objects.
/// </summary>
internal sealed class TemplateModel(JsonNamingPolicy? naming)
{
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<Type, MemberInfo[]> MembersByType = new();

    public static ScriptObject From(object model, JsonNamingPolicy? naming = null) =>
        new TemplateModel(naming).Copy(model, 0) as ScriptObject ?? throw new ArgumentException("Het model moet een object of een woordenboek zijn, geen losse waarde of lijst.", nameof(model));

    /// <summary>The name a template reads a plain object's member by.</summary>
    public static string NameOf(MemberInfo member, JsonNamingPolicy? naming) => naming?.ConvertName(member.Name) ?? member.Name;

    /// <summary>The public properties and fields a template can read, with the type each is declared as.</summary>
    public static IEnumerable<(MemberInfo Member, Type Type)> ReadableMembersOf(Type type) =>
        MembersByType.GetOrAdd(type, ReadableMembers).Select(member => (member, member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType));

    /// <summary>A text, number, date, yes/no or other single value that is copied as it is.</summary>
    public static bool IsScalarType(Type type) =>
        type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly)
        || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(Uri) || type.IsEnum || type.IsPrimitive;

    public static object? ValueOf(MemberInfo member, object owner) => member switch
    {
        PropertyInfo property => property.GetValue(owner),
        FieldInfo field => field.GetValue(owner),
        _ => null,
    };

    private object? Copy(object? value, int depth)
    {
        if (value is null || IsScalarType(value.GetType())) return value;
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
    private object? FromJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => FromEntries(element.EnumerateObject().Select(property => (property.Name, (object?)property.Value)), depth),
        JsonValueKind.Array => FromItems(element.EnumerateArray().Select(item => (object)item), depth),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var number) ? number : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private ScriptObject FromEntries(IEnumerable<(string Name, object? Value)> entries, int depth)
    {
        var copy = new ScriptObject();
        foreach (var (name, value) in entries) copy[name] = Copy(value, depth + 1);
        return copy;
    }

    /// <summary>Through the non-generic enumerator: a generic dictionary's own enumerator yields KeyValuePairs.</summary>
    public static IEnumerable<(string Name, object? Value)> Entries(IDictionary dictionary)
    {
        var entry = dictionary.GetEnumerator();
        while (entry.MoveNext()) yield return (Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", entry.Value);
    }

    private ScriptArray FromItems(IEnumerable items, int depth)
    {
        var copy = new ScriptArray();
        foreach (var item in items) copy.Add(Copy(item, depth + 1));
        return copy;
    }

    private IEnumerable<(string Name, object? Value)> Members(object value) =>
        MembersByType.GetOrAdd(value.GetType(), ReadableMembers).Select(member => (NameOf(member, naming), ValueOf(member, value)));

    private static MemberInfo[] ReadableMembers(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanRead && property.GetIndexParameters().Length == 0),
        .. type.GetFields(BindingFlags.Public | BindingFlags.Instance),
    ];
}
