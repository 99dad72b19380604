using Scriban.Functions;
using Scriban.Syntax;
using TeamBot.Core.Documents;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// Walks parsed tags and records every model path read: loop variables stand for an item of their list
/// ("for a in hoofdprocessen" makes "a.naam" read "hoofdprocessen[].naam"); functions, Scriban's built-ins
/// and variables the template assigns itself are not model data.
/// </summary>
internal sealed class TemplateFieldCollector : ScriptVisitor
{
    private static readonly HashSet<string> NotModel = new(
        [.. new BuiltinFunctions().Keys, .. TemplateFunctions.Descriptions.Keys, "for", "while", "tablerow", "this", "null", "true", "false", "empty", "blank"],
        StringComparer.Ordinal);

    private readonly SortedSet<string> fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> loopItems = new(StringComparer.Ordinal);
    private readonly HashSet<string> assigned = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Fields => fields.ToList();

    public void Collect(ScriptNode node)
    {
        Visit(node);
        loopItems.Clear();
        assigned.Clear();
    }

    /// <summary>A tablerow repeats a table cell (a column per item); its variable reads like a for loop's.</summary>
    public override void Visit(ScriptTableRowStatement node) => Visit((ScriptForStatement)node);

    public override void Visit(ScriptForStatement node)
    {
        Visit(node.Iterator);
        Visit(node.NamedArguments);
        var name = (node.Variable as ScriptVariable)?.Name;
        var list = PathOf(node.Iterator);
        var hidden = name is not null && loopItems.TryGetValue(name, out var outer) ? outer : null;
        if (name is not null)
        {
            if (list is null) assigned.Add(name);
            else loopItems[name] = list + "[]";
        }
        Visit(node.Body);
        Visit(node.Else);
        if (name is null) return;
        if (hidden is null) loopItems.Remove(name);
        else loopItems[name] = hidden;
    }

    public override void Visit(ScriptAssignExpression node)
    {
        if (node.Target is ScriptVariable variable) assigned.Add(variable.Name);
        else Visit(node.Target);
        Visit(node.Value);
    }

    public override void Visit(ScriptCaptureStatement node)
    {
        if (node.Target is ScriptVariable variable) assigned.Add(variable.Name);
        Visit(node.Body);
    }

    public override void Visit(ScriptMemberExpression node)
    {
        if (PathOf(node) is { } path) fields.Add(path);
        else Visit(node.Target); // the member of a built-in ("string.upcase") is no model name
    }

    public override void Visit(ScriptIndexerExpression node)
    {
        if (PathOf(node) is { } path) fields.Add(path);
        else Visit(node.Target);
        Visit(node.Index);
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        if (PathOf(node) is { } path) fields.Add(path);
    }

    private string? PathOf(ScriptExpression? expression) => expression switch
    {
        ScriptVariableGlobal variable when loopItems.TryGetValue(variable.Name, out var item) => item,
        ScriptVariableGlobal variable => NotModel.Contains(variable.Name) || assigned.Contains(variable.Name) ? null : variable.Name,
        // "lijst.size" is Scriban's count of the list, which is itself the field used.
        ScriptMemberExpression { Member.Name: "size" } member => PathOf(member.Target),
        ScriptMemberExpression { Member: { } name } member => PathOf(member.Target) is { } target ? $"{target}.{name.Name}" : null,
        ScriptIndexerExpression indexer => PathOf(indexer.Target) is { } target ? $"{target}[]" : null,
        _ => null,
    };
}
