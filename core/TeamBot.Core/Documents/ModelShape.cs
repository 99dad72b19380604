namespace TeamBot.Core.Documents;

/// <summary>
/// What a template may read from a value: the members of an object, the items of a list, nothing of a single value,
/// or anything at all where the model does not say (an untyped value that is empty, a dictionary, an object-typed member).
/// </summary>
internal sealed class ModelShape
{
    private readonly Dictionary<string, ModelShape>? members;

    private ModelShape(ModelShapeKind kind, Dictionary<string, ModelShape>? members = null, ModelShape? item = null)
    {
        Kind = kind;
        this.members = members;
        Item = item;
    }

    public static ModelShape Unknown { get; } = new(ModelShapeKind.Unknown);

    /// <summary>Untyped data with nothing to go by (null, or an empty list's item): allows anything, but gives way to what other items show.</summary>
    public static ModelShape NoData { get; } = new(ModelShapeKind.Unknown);

    public static ModelShape Value { get; } = new(ModelShapeKind.Value);

    public ModelShapeKind Kind { get; }

    /// <summary>The shape of each item of a list.</summary>
    public ModelShape? Item { get; }

    public IEnumerable<string> MemberNames => members?.Keys ?? Enumerable.Empty<string>();

    /// <summary>An object whose members are filled in later, so a type that refers to itself gets one shape.</summary>
    public static ModelShape Object(out Dictionary<string, ModelShape> members)
    {
        members = new Dictionary<string, ModelShape>(StringComparer.Ordinal);
        return new ModelShape(ModelShapeKind.Object, members);
    }

    public static ModelShape List(ModelShape item) => new(ModelShapeKind.List, item: item);

    public ModelShape? Member(string name) => members is not null && members.TryGetValue(name, out var member) ? member : null;

    /// <summary>The shape that allows what either allows: the items of an untyped list, which need not all have the same members.</summary>
    public static ModelShape Union(ModelShape a, ModelShape b)
    {
        if (ReferenceEquals(a, b) || ReferenceEquals(b, NoData)) return a;
        if (ReferenceEquals(a, NoData)) return b;
        if (a.Kind != b.Kind || a.Kind == ModelShapeKind.Unknown) return Unknown;
        if (a.Kind == ModelShapeKind.List) return List(Union(a.Item!, b.Item!));
        if (a.Kind == ModelShapeKind.Value) return Value;
        var union = Object(out var unionMembers);
        foreach (var name in a.MemberNames.Union(b.MemberNames))
        {
            unionMembers[name] = a.Member(name) is { } left && b.Member(name) is { } right ? Union(left, right) : (a.Member(name) ?? b.Member(name))!;
        }
        return union;
    }
}
