using Scriban;
using Scriban.Syntax;

namespace TeamBot.Core.Cards;

/// <summary>
/// Card templates write JSON, so a value printed raw could break out of its string and add fields or actions.
/// This rule reads the template's syntax tree and allows only three kinds of output: the template's own text,
/// a value piped through <c>json</c> (last in the pipe), and the include of a partial ("_name"), which obeys the same rule.
/// </summary>
internal static class EscapedOutputRule
{
    public const string JsonFunction = "json";
    private const string IncludeFunction = "include";
    private const string PartialPrefix = "_";

    /// <summary>Every place the template breaks the rule, in Dutch, with line and column.</summary>
    public static IReadOnlyList<string> Violations(Template template)
    {
        var violations = new List<string>();
        Visit(template.Page, violations);
        return violations;
    }

    private static void Visit(ScriptNode? node, List<string> violations)
    {
        if (node is null) return;
        if (Violation(node) is { } violation)
            violations.Add($"regel {node.Span.Start.Line + 1}, kolom {node.Span.Start.Column + 1}: {violation}");
        for (var i = 0; i < node.ChildrenCount; i++)
            Visit(node.GetChildren(i), violations);
    }

    private static string? Violation(ScriptNode node) => node switch
    {
        ScriptExpressionStatement { Expression: var expression } when !PrintsSafely(expression) =>
            $"'{Describe(expression)}' wordt afgedrukt zonder '| json'",
        ScriptTableRowStatement => "'tablerow' schrijft HTML, geen JSON",
        ScriptVariableGlobal { Name: JsonFunction } when node.Parent is not ScriptFunctionCall call || call.Target != node =>
            "'json' mag alleen als functie gebruikt worden",
        _ => null,
    };

    private static bool PrintsSafely(ScriptExpression? expression) => Unwrap(expression) switch
    {
        ScriptAssignExpression => true,
        ScriptPipeCall pipe => IsJsonCall(LastInPipe(pipe), argumentCount: 0),
        ScriptFunctionCall call => IsJsonCall(call, argumentCount: 1) || IsPartialInclude(call),
        _ => false,
    };

    // "a | b | json" nests to the right: the last function is the innermost To.
    private static ScriptExpression? LastInPipe(ScriptPipeCall pipe) =>
        Unwrap(pipe.To) is ScriptPipeCall inner ? LastInPipe(inner) : Unwrap(pipe.To);

    private static bool IsJsonCall(ScriptExpression? expression, int argumentCount) => expression switch
    {
        ScriptVariableGlobal { Name: JsonFunction } => argumentCount == 0,
        ScriptFunctionCall { Target: ScriptVariableGlobal { Name: JsonFunction } } call => call.Arguments.Count == argumentCount,
        _ => false,
    };

    private static bool IsPartialInclude(ScriptFunctionCall call) =>
        call is { Target: ScriptVariableGlobal { Name: IncludeFunction }, Arguments: [ScriptLiteral { Value: string name }] }
        && name.StartsWith(PartialPrefix, StringComparison.Ordinal);

    private static ScriptExpression? Unwrap(ScriptExpression? expression) =>
        expression is ScriptNestedExpression nested ? Unwrap(nested.Expression) : expression;

    private static string Describe(ScriptExpression? expression)
    {
        try
        {
            return expression?.ToString() ?? "";
        }
        catch (NotImplementedException)
        {
            // Some syntax nodes cannot print themselves; the position still says where.
            return expression?.GetType().Name ?? "";
        }
    }
}
