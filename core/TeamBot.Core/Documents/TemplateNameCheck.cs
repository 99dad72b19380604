using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using TeamBot.Core.Language;

namespace TeamBot.Core.Documents;

/// <summary>
/// Checks every name a template reads before it renders, whatever StrictVariables says: a field the model does not
/// have would otherwise print as nothing. Against the model's shape (<see cref="ModelShapes"/>) for data, and against
/// the sandbox for functions, so a hidden one (date.now, include, regex) is refused by name instead of printing nothing.
/// </summary>
internal sealed class TemplateNameCheck(ModelShape model, ScriptObject builtins)
{
    private const int MaxNamesListed = 20;

    /// <summary>Scriban's own modules, to tell a function the sandbox hides from one that does not exist.</summary>
    private static readonly Lazy<ScriptObject> AllBuiltins = new(() => new BuiltinFunctions());

    /// <summary>Reports each problem with the offset of its expression in the template text.</summary>
    public void Check(ScriptNode template, Action<int, string> report)
    {
        if (model.Kind != ModelShapeKind.Object) return;
        foreach (var read in TemplateReadCollector.Collect(template))
        {
            if (Problem(read) is { } message) report(read.Expression.Span.Start.Offset, message);
        }
    }

    private string? Problem(TemplateRead read)
    {
        if (read.LoopPath is not null) return StepProblem(read, ShapeAt(read.LoopPath));
        if (model.Member(read.Root) is { } field) return StepProblem(read, field);
        if (builtins.TryGetValue(read.Root, out var builtin)) return FunctionProblem(read, builtin as ScriptObject);
        if (TemplateReadCollector.BuiltinNames.Contains(read.Root)) return Unavailable(read);
        return $"'{read.Root}' staat niet in de gegevens en is geen functie.{Suggestion(read.Root, [.. model.MemberNames, .. builtins.Keys], "", "Namen in de gegevens", model.MemberNames)}";
    }

    /// <summary>Follows the members and indexers after the root; the first that the shape does not have is the problem.</summary>
    private static string? StepProblem(TemplateRead read, ModelShape shape)
    {
        var shown = read.Root;
        foreach (var step in read.Steps)
        {
            if (shape.Kind is ModelShapeKind.Unknown or ModelShapeKind.Value) return null;
            var name = TemplateRead.MemberName(step) ?? LiteralIndex(step);
            if (name == "size" && step is ScriptMemberExpression) return null;
            if (shape.Kind == ModelShapeKind.List)
            {
                if (step is ScriptIndexerExpression)
                {
                    shape = shape.Item!;
                    shown += "[…]";
                    continue;
                }
                return $"'{shown}.{name}' bestaat niet: {Described(shown, read)} is een lijst. Lees de items met een lus: {{{{ for x in {shown} }}}}{{{{ x.{name} }}}}{{{{ end }}}}.";
            }
            if (name is null) return null;
            if (shape.Member(name) is not { } member)
            {
                return $"'{shown}.{name}' bestaat niet: {Described(shown, read)} heeft geen veld '{name}'.{Suggestion(name, shape.MemberNames, shown + ".", $"Velden van {shown}", shape.MemberNames)}";
            }
            shape = member;
            shown += "." + name;
        }
        return null;
    }

    /// <summary>A built-in the sandbox offers: a module's member must exist and be allowed ("string.upcase", not "object.eval").</summary>
    private static string? FunctionProblem(TemplateRead read, ScriptObject? module)
    {
        if (module is null || read.Steps is not [ScriptMemberExpression { Member.Name: var name }, ..] || module.ContainsKey(name)) return null;
        if (AllBuiltins.Value[read.Root] is ScriptObject all && all.ContainsKey(name)) return Unavailable(read);
        return $"'{read.Root}.{name}' is geen functie.{Suggestion(name, module.Keys, read.Root + ".", null, [])}";
    }

    private static string Unavailable(TemplateRead read)
    {
        var name = read.Steps is [ScriptMemberExpression { Member.Name: var member }, ..] ? $"{read.Root}.{member}" : read.Root;
        var date = read.Root == "date" ? " Een datum uit de gegevens toont u met datum of datum_kort." : "";
        return $"'{name}' is in sjablonen niet beschikbaar: een sjabloon leest alleen de gegevens en gebruikt de functies "
            + $"{string.Join(", ", TemplateFunctions.Descriptions.Keys)}, string.*, array.*, math.* en object.*.{date}";
    }

    /// <summary>The shape a loop variable's path ends at; a path that does not exist was reported at the loop itself.</summary>
    private ModelShape ShapeAt(string path)
    {
        var shape = model;
        foreach (var segment in path.Split('.'))
        {
            var name = segment.TrimEnd('[', ']');
            shape = shape.Member(name) ?? ModelShape.Unknown;
            for (var items = (segment.Length - name.Length) / 2; items > 0; items--) shape = shape.Item ?? ModelShape.Unknown;
        }
        return shape;
    }

    private static string Described(string shown, TemplateRead read) =>
        read.LoopPath is not null && shown == read.Root ? $"{shown} (een item van {read.LoopPath[..^2]})" : shown;

    private static string? LiteralIndex(ScriptExpression step) =>
        step is ScriptIndexerExpression { Index: ScriptLiteral { Value: string key } } ? key : null;

    /// <summary>"Bedoelt u 'p.naam'?" for a near name; otherwise the names there are, when that list is short enough to read.</summary>
    private static string Suggestion(string written, IEnumerable<string> candidates, string prefix, string? listLabel, IEnumerable<string> listed)
    {
        if (NameSuggestion.Closest(written, candidates) is { } closest) return NameSuggestion.Question(prefix + closest);
        var names = listed.Order(StringComparer.Ordinal).ToList();
        if (listLabel is null || names.Count is 0 or > MaxNamesListed) return "";
        return $" {listLabel}: {string.Join(", ", names)}.";
    }
}
