using Scriban.Syntax;

namespace TeamBot.Core.Documents;

/// <summary>
/// The names a template gives a value itself, anywhere in it: assigned ("totaal = 0"), captured, declared as a function
/// or its parameter, or made read-only. Collected before anything is checked, so a name used above its assignment counts too.
/// </summary>
internal sealed class OwnNames : ScriptVisitor
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public static IReadOnlySet<string> Of(ScriptNode template)
    {
        var collector = new OwnNames();
        collector.Visit(template);
        return collector.names;
    }

    public override void Visit(ScriptAssignExpression node)
    {
        if (node.Target is ScriptVariable variable) names.Add(variable.Name);
        base.Visit(node);
    }

    public override void Visit(ScriptCaptureStatement node)
    {
        if (node.Target is ScriptVariable variable) names.Add(variable.Name);
        base.Visit(node);
    }

    public override void Visit(ScriptFunction node)
    {
        if (node.NameOrDoToken is ScriptVariable name) names.Add(name.Name);
        foreach (var parameter in node.Parameters ?? [])
        {
            if (parameter.Name is { } parameterName) names.Add(parameterName.Name);
        }
        base.Visit(node);
    }

    public override void Visit(ScriptReadOnlyStatement node)
    {
        if (node.Variable is { } variable) names.Add(variable.Name);
        base.Visit(node);
    }
}
