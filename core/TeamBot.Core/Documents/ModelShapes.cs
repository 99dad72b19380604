using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamBot.Core.Documents;

/// <summary>
/// The shape of a model, to check a template's names before it renders. A typed model answers from its types, so an
/// empty list or a null member still has its members; dictionaries and JSON answer from the data they hold.
/// Names follow <see cref="TemplateModel"/>: the naming policy for typed members, keys as given.
/// </summary>
internal sealed class ModelShapes(JsonNamingPolicy? naming)
{
    private const int MaxDepth = 64;
    private readonly Dictionary<Type, ModelShape> byType = [];

    public static ModelShape Of(object model, JsonNamingPolicy? naming) => new ModelShapes(naming).Of(model, model.GetType(), 0);

    public static ModelShape OfType(Type type, JsonNamingPolicy? naming) => new ModelShapes(naming).FromType(type);

    private ModelShape Of(object? value, Type declared, int depth)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (TemplateModel.IsScalarType(type)) return ModelShape.Value;
        if (IsFixed(type)) return FromType(type);
        if (value is null) return ModelShape.NoData;
        if (depth > MaxDepth) return ModelShape.Unknown;
        if (TemplateModel.IsScalarType(value.GetType())) return ModelShape.Value;
        return value switch
        {
            JsonElement element => FromJson(element, depth),
            JsonNode node => FromJson(JsonSerializer.SerializeToElement(node), depth),
            IDictionary dictionary => FromEntries(TemplateModel.Entries(dictionary), depth),
            IEnumerable<KeyValuePair<string, object?>> pairs => FromEntries(pairs.Select(pair => (pair.Key, pair.Value)), depth),
            IEnumerable items => ItemType(value.GetType()) is { } item && IsFixed(item) ? ModelShape.List(FromType(item)) : FromItems(items.Cast<object?>(), depth),
            _ => FromType(value.GetType()),
        };
    }

    /// <summary>A type whose declaration says all a value of it holds: sealed (no subclass adds members), not open-ended like a dictionary.</summary>
    private static bool IsFixed(Type type)
    {
        if (TemplateModel.IsScalarType(type)) return true;
        if (IsOpen(type)) return false;
        if (ItemType(type) is { } item) return IsFixed(Nullable.GetUnderlyingType(item) ?? item);
        return !type.IsInterface && (type.IsSealed || type.IsValueType) && !typeof(IEnumerable).IsAssignableFrom(type);
    }

    private static bool IsOpen(Type type) =>
        type == typeof(object) || type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type)
        || Implements(type, typeof(IDictionary<,>)) || Implements(type, typeof(IReadOnlyDictionary<,>));

    private ModelShape FromType(Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (TemplateModel.IsScalarType(type)) return ModelShape.Value;
        if (IsOpen(type)) return ModelShape.Unknown;
        if (ItemType(type) is { } item) return ModelShape.List(FromType(item));
        if (typeof(IEnumerable).IsAssignableFrom(type)) return ModelShape.List(ModelShape.Unknown);
        if (type.IsInterface) return ModelShape.Unknown;
        if (byType.TryGetValue(type, out var known)) return known;
        var shape = ModelShape.Object(out var members);
        byType[type] = shape;
        foreach (var (member, memberType) in TemplateModel.ReadableMembersOf(type)) members[TemplateModel.NameOf(member, naming)] = FromType(memberType);
        return shape;
    }

    private ModelShape FromEntries(IEnumerable<(string Name, object? Value)> entries, int depth)
    {
        var shape = ModelShape.Object(out var members);
        foreach (var (name, value) in entries) members[name] = Of(value, typeof(object), depth + 1);
        return shape;
    }

    /// <summary>An untyped list allows what any of its items has; an empty one allows anything.</summary>
    private ModelShape FromItems(IEnumerable<object?> items, int depth)
    {
        ModelShape? item = null;
        foreach (var value in items)
        {
            var shape = Of(value, typeof(object), depth + 1);
            item = item is null ? shape : ModelShape.Union(item, shape);
            if (ReferenceEquals(item, ModelShape.Unknown)) break;
        }
        return ModelShape.List(item ?? ModelShape.NoData);
    }

    private ModelShape FromJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => FromEntries(element.EnumerateObject().Select(property => (property.Name, (object?)property.Value)), depth),
        JsonValueKind.Array => FromItems(element.EnumerateArray().Select(item => (object?)item), depth),
        JsonValueKind.Null or JsonValueKind.Undefined => ModelShape.NoData,
        _ => ModelShape.Value,
    };

    /// <summary>T of an IEnumerable&lt;T&gt; other than text.</summary>
    private static Type? ItemType(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static bool Implements(Type type, Type generic) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == generic) || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic);
}
