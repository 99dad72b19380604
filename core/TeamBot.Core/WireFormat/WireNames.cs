using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace TeamBot.Core.WireFormat;

/// <summary>
/// The one naming convention for enums at the storage and JSON edges: lower snake_case of the member name
/// (NotUseful -> "not_useful"), unless a <see cref="WireNameAttribute"/> says otherwise. Parsing ignores case.
/// </summary>
public static class WireNames
{
    public static IReadOnlyCollection<string> All<TEnum>() where TEnum : struct, Enum => Names<TEnum>.NameOf.Values;

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Names<TEnum>.NameOf.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    public static TEnum? Parse<TEnum>(string? name) where TEnum : struct, Enum =>
        name is not null && Names<TEnum>.ValueOf.TryGetValue(name.Trim(), out var value) ? value : null;

    /// <summary>For stored values: an unknown name is a broken store, not user input.</summary>
    public static TEnum ParseStored<TEnum>(string name) where TEnum : struct, Enum =>
        Parse<TEnum>(name) ?? throw new InvalidOperationException($"'{name}' is not a stored {typeof(TEnum).Name} ({string.Join(", ", All<TEnum>())}).");

    /// <summary>Built once per enum type.</summary>
    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> NameOf = Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, Describe);
        public static readonly FrozenDictionary<string, TEnum> ValueOf =
            NameOf.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

        private static string Describe(TEnum value)
        {
            var member = typeof(TEnum).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)!;
            return member.GetCustomAttribute<WireNameAttribute>()?.Name ?? SnakeCase(member.Name);
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
