using Scriban.Functions;
using Scriban.Syntax;

namespace TeamBot.Core.Documents;

/// <summary>
/// Walks a parsed template and records every expression that reads a name from outside it (<see cref="TemplateRead"/>):
/// loop variables stand for an item of their list ("for a in hoofdprocessen" makes "a.naam" read "hoofdprocessen[].naam");
/// names the template gives a value itself (assignments, captures, functions and their parameters, loops over no model
/// list), Scriban's loop objects (for.index) and the names inside a <c>with</c> block are not read from outside.
/// </summary>
internal sealed class TemplateReadCollector : ScriptVisitor
{
    /// <summary>Every built-in a template could name, also those the sandbox hides: no model field has one of these names.</summary>
    public static readonly IReadOnlySet<string> BuiltinNames = new HashSet<string>(
        [.. new BuiltinFunctions().Keys, .. TemplateFunctions.Descriptions.Keys], StringComparer.Ordinal);

    private static readonly HashSet<string> LoopObjects = new(["for", "while", "tablerow"], StringComparer.Ordinal);

    private readonly List<TemplateRead> reads = [];
    private readonly Dictionary<string, string> loopItems = new(StringComparer.Ordinal);
    private readonly HashSet<string> ownNames = new(StringComparer.Ordinal);
    private int withDepth;

    public static IReadOnlyList<TemplateRead> Collect(ScriptNode template)
    {
        var collector = new TemplateReadCollector();
        collector.ownNames.UnionWith(OwnNames.Of(template));
        collector.Visit(template);
        return collector.reads;
    }

    /// <summary>The model paths of <paramref name="reads"/>, built-ins left out: the data fields a template uses.</summary>
    public static IEnumerable<string> ModelPaths(IEnumerable<TemplateRead> reads) =>
        reads.Where(read => read.LoopPath is not null || !BuiltinNames.Contains(read.Root)).Select(read => read.Path);

    /// <summary>The loop variable stands for an item of the list it iterates while the body is read; over anything else it is the template's own.</summary>
    public override void Visit(ScriptForStatement node)
    {
        Visit(node.Iterator);
        Visit(node.NamedArguments);
        if ((node.Variable as ScriptVariable)?.Name is not { } name)
        {
            Visit(node.Body);
            Visit(node.Else);
            return;
        }
        var list = ModelPathOf(node.Iterator);
        var outerItem = loopItems.GetValueOrDefault(name);
        if (list is null) loopItems.Remove(name);
        else loopItems[name] = list + "[]";
        var madeOwn = list is null && ownNames.Add(name);
        Visit(node.Body);
        Visit(node.Else);
        if (madeOwn) ownNames.Remove(name);
        if (outerItem is null) loopItems.Remove(name);
        else loopItems[name] = outerItem;
    }

    public override void Visit(ScriptTableRowStatement node) => Visit((ScriptForStatement)node);

    /// <summary>"a.nieuw = 1" gives the copy of a a member of its own: only "a" is read.</summary>
    public override void Visit(ScriptAssignExpression node)
    {
        if (node.Target is ScriptMemberExpression member) Visit(member.Target);
        else if (node.Target is not ScriptVariable) Visit(node.Target);
        Visit(node.Value);
    }

    public override void Visit(ScriptCaptureStatement node) => Visit(node.Body);

    public override void Visit(ScriptFunction node) => Visit(node.Body);

    public override void Visit(ScriptReadOnlyStatement node)
    {
    }

    public override void Visit(ScriptWithStatement node)
    {
        Visit(node.Name);
        withDepth++;
        Visit(node.Body);
        withDepth--;
    }

    /// <summary>In "{ naam: x }" and "f limit: 3" only the values are read; the names belong to the object or the function.</summary>
    public override void Visit(ScriptObjectMember node) => Visit(node.Value);

    public override void Visit(ScriptNamedArgument node) => Visit(node.Value);

    public override void Visit(ScriptMemberExpression node) => Read(node);

    public override void Visit(ScriptIndexerExpression node) => Read(node);

    public override void Visit(ScriptVariableGlobal node) => Read(node);

    private void Read(ScriptExpression expression)
    {
        var steps = new List<ScriptExpression>();
        var root = expression;
        while (root is ScriptMemberExpression or ScriptIndexerExpression)
        {
            steps.Add(root);
            root = root is ScriptMemberExpression member ? member.Target : ((ScriptIndexerExpression)root).Target;
        }
        steps.Reverse();
        foreach (var indexer in steps.OfType<ScriptIndexerExpression>()) Visit(indexer.Index);
        if (root is not ScriptVariableGlobal variable)
        {
            Visit(root);
            return;
        }
        if (withDepth > 0 || LoopObjects.Contains(variable.Name)) return;
        // A loop variable over the data is read from the data, even where the template also assigns that name elsewhere.
        var loopItem = loopItems.GetValueOrDefault(variable.Name);
        if (loopItem is null && ownNames.Contains(variable.Name)) return;
        reads.Add(new TemplateRead(expression, variable.Name, loopItem, steps));
    }

    /// <summary>The model path a loop iterates, or null when it iterates something else (a range, a function's result).</summary>
    private string? ModelPathOf(ScriptExpression? iterator)
    {
        var read = iterator is null ? null : reads.LastOrDefault(read => read.Expression == iterator);
        return read is null || (read.LoopPath is null && BuiltinNames.Contains(read.Root)) ? null : read.Path;
    }
}
