using System.Text.RegularExpressions;
using TeamBot.Core.Language;
using YamlDotNet.RepresentationModel;

namespace TeamBot.Core.Plans;

/// <summary>
/// Reads the fields of one YAML mapping by their Dutch keys, reporting each problem at its field path.
/// Every key asked for counts as known; <see cref="RejectUnknownKeys"/> then flags the rest, so a typo is never
/// silently ignored.
/// </summary>
internal sealed partial class YamlObject
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly YamlMappingNode _node;
    private readonly PlanProblems _problems;

    private YamlObject(YamlMappingNode node, string path, PlanProblems problems)
    {
        _node = node;
        _problems = problems;
        Path = path;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar) _entries[name] = (scalar, value);
            else problems.Add(key, path, "Een veldnaam moet een gewone tekst zijn, zoals 'titel'.");
        }
    }

    public string Path { get; }

    public YamlNode Node => _node;

    public static YamlObject? Read(YamlNode node, string path, PlanProblems problems)
    {
        if (node is YamlMappingNode mapping) return new YamlObject(mapping, path, problems);
        problems.Add(node, path, $"Verwacht velden (naam: waarde), maar dit is {Describe(node)}.");
        return null;
    }

    /// <summary>An item of one of this object's lists, read as an object of its own.</summary>
    public YamlObject? Child(YamlNode node, string path) => Read(node, path, _problems);

    public string FieldPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public YamlNode? Value(string key, bool required = false)
    {
        _known.Add(key);
        if (_entries.TryGetValue(key, out var entry) && !IsEmpty(entry.Value)) return entry.Value;
        if (required) _problems.Add(entry.Key ?? (YamlNode)_node, FieldPath(key), $"Het veld '{key}' ontbreekt of is leeg; het is verplicht.");
        return null;
    }

    public string? Text(string key, bool required = false) =>
        Value(key, required) is { } node ? Text(node, FieldPath(key), _problems) : null;

    public int? Integer(string key, int min, int max, bool required = false)
    {
        if (Text(key, required) is not { } text) return null;
        if (int.TryParse(text, out var value) && value >= min && value <= max) return value;
        _problems.Add(_entries[key].Value, FieldPath(key), $"'{text}' is geen geheel getal tussen {min} en {max}.");
        return null;
    }

    public decimal? Number(string key, bool required = false)
    {
        if (Text(key, required) is not { } text) return null;
        if (PlanScalars.TryNumber(text, out var value)) return value;
        _problems.Add(_entries[key].Value, FieldPath(key),
            $"'{text}' is geen getal; schrijf het zonder scheidingstekens voor duizendtallen en met een punt als decimaalteken, bijvoorbeeld 2394000 of 1397920.50.");
        return null;
    }

    public decimal? Percentage(string key, bool required = false)
    {
        if (Text(key, required) is not { } text) return null;
        if (PlanScalars.TryPercentage(text, out var value)) return value;
        _problems.Add(_entries[key].Value, FieldPath(key), $"'{text}' is geen percentage; schrijf het met een procentteken, bijvoorbeeld 25% of 2,4%.");
        return null;
    }

    public bool Flag(string key)
    {
        if (Text(key) is not { } text) return false;
        if (PlanScalars.TryFlag(text, out var value)) return value;
        _problems.Add(_entries[key].Value, FieldPath(key), $"'{text}' is geen ja/nee-waarde; schrijf true of false.");
        return false;
    }

    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, bool required = false) where T : struct
    {
        if (Text(key, required) is not { } text) return null;
        if (choices.TryGetValue(text.ToLowerInvariant(), out var value)) return value;
        _problems.Add(_entries[key].Value, FieldPath(key), $"'{text}' is geen geldige keuze; kies {string.Join(" of ", choices.Keys)}.");
        return null;
    }

    public Due? Due(string key)
    {
        if (Text(key) is not { } text) return null;
        if (Plans.Due.TryParse(text, out var due, out var error)) return due;
        _problems.Add(_entries[key].Value, FieldPath(key), error!);
        return null;
    }

    public YamlObject? Object(string key, bool required = false) =>
        Value(key, required) is { } node ? Read(node, FieldPath(key), _problems) : null;

    /// <summary>A list whose items <paramref name="readItem"/> reads; items that had problems are left out.</summary>
    public IReadOnlyList<T> List<T>(string key, Func<YamlNode, string, T?> readItem, bool required = false) where T : class
    {
        if (Value(key, required) is not { } node) return [];
        if (node is not YamlSequenceNode sequence)
        {
            _problems.Add(node, FieldPath(key), $"Verwacht een lijst (regels die beginnen met '- '), maar dit is {Describe(node)}.");
            return [];
        }
        if (required && sequence.Children.Count == 0)
            _problems.Add(node, FieldPath(key), $"De lijst '{key}' is leeg; er is minstens één nodig.");
        return sequence.Children
            .Select((item, i) => readItem(item, $"{FieldPath(key)}[{i}]"))
            .OfType<T>()
            .ToList();
    }

    /// <summary>One text or a list of texts.</summary>
    public IReadOnlyList<string> Texts(string key, bool required = false)
    {
        if (Value(key, required) is not { } node) return [];
        return node is YamlSequenceNode
            ? List(key, (item, path) => Text(item, path, _problems))
            : [Text(node, FieldPath(key), _problems) ?? ""];
    }

    /// <summary>Running text: one text (paragraphs split at blank lines) or a list of paragraphs, 'kop', 'opsomming' and 'nummering' blocks.</summary>
    public IReadOnlyList<TextBlock> Blocks(string key)
    {
        if (Value(key) is not { } node) return [];
        if (node is YamlScalarNode)
            return Paragraphs(Text(node, FieldPath(key), _problems) ?? "").Select(TextBlock.Paragraph).ToList();
        return List(key, ReadBlock);
    }

    /// <summary>A mapping of names to numbers, each with its own field path (for inline waarden).</summary>
    public IReadOnlyList<(string Name, decimal Value)> NumberEntries(string key)
    {
        if (Object(key) is not { } map) return [];
        var entries = new List<(string, decimal)>();
        foreach (var (name, (_, _)) in map._entries)
            if (map.Number(name, required: true) is { } value) entries.Add((name, value));
        return entries;
    }

    public void RejectUnknownKeys()
    {
        foreach (var (name, (keyNode, _)) in _entries.Where(e => !_known.Contains(e.Key)))
            _problems.Add(keyNode, FieldPath(name),
                $"Onbekend veld '{name}'.{NameSuggestion.Hint(name, _known)} Toegestaan hier: {string.Join(", ", _known)}.");
    }

    public static string? Text(YamlNode node, string path, PlanProblems problems)
    {
        if (node is YamlScalarNode scalar) return IsEmpty(scalar) ? null : scalar.Value!.Trim();
        problems.Add(node, path, $"Verwacht een tekst, maar dit is {Describe(node)}.");
        return null;
    }

    private TextBlock? ReadBlock(YamlNode node, string path)
    {
        if (node is YamlScalarNode) return Text(node, path, _problems) is { } text ? TextBlock.Paragraph(OneLine(text)) : null;
        if (Read(node, path, _problems) is not { } block) return null;
        var heading = block.Text("kop");
        var bullets = block.Value("opsomming") is null ? null : block.Texts("opsomming");
        var numbered = block.Value("nummering") is null ? null : block.Texts("nummering");
        var image = block.Value("afbeelding") is null ? null : block.ReadImage();
        block.RejectUnknownKeys();
        var chosen = new object?[] { heading, bullets, numbered, block._entries.ContainsKey("afbeelding") ? "" : null }.Count(b => b is not null);
        if (chosen == 1)
            return heading is not null ? TextBlock.Heading(heading)
                : image is not null ? TextBlock.Picture(image)
                : bullets is not null || numbered is not null ? TextBlock.List(bullets is not null ? TextBlockKind.Bullets : TextBlockKind.NumberedList, bullets ?? numbered!)
                : null;
        _problems.Add(node, path, "Een tekstblok is een alinea (gewone tekst) of precies één van 'kop:', 'opsomming:', 'nummering:' of 'afbeelding:'.");
        return null;
    }

    /// <summary>'afbeelding: pad' with optional 'bijschrift' and 'breedte' (a percentage of the text width).</summary>
    private PlanImage? ReadImage()
    {
        var path = Text("afbeelding");
        var caption = Text("bijschrift");
        var width = Percentage("breedte");
        if (path is null) return null;
        if (PlanImage.PathProblem(path) is { } problem)
        {
            _problems.Add(_entries["afbeelding"].Value, FieldPath("afbeelding"), problem);
            return null;
        }
        if (width is { } share && (share <= 0 || share > 100))
        {
            _problems.Add(_entries["breedte"].Value, FieldPath("breedte"), $"De breedte is een deel van de tekstbreedte: meer dan 0% en hooguit 100%, niet {share:0.##}%.");
            return null;
        }
        return new PlanImage(path, (int)Math.Round(width ?? 100), caption, FieldPath("afbeelding"));
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        BlankLine().Split(text).Select(OneLine).Where(p => p.Length > 0);

    /// <summary>Line breaks inside a paragraph are only wrapping in the file.</summary>
    private static string OneLine(string text) => Whitespace().Replace(text.Trim(), " ");

    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode scalar && (string.IsNullOrWhiteSpace(scalar.Value) ||
            (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null"));

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "een lijst",
        YamlMappingNode => "een groep velden",
        _ => "een losse tekst",
    };

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex Whitespace();
}
