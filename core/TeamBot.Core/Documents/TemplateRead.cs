using System.Text;
using Scriban.Syntax;

namespace TeamBot.Core.Documents;

/// <summary>
/// One expression of a template that reads a name from outside the template: "p.acties[0].actie" (with <c>p</c> a loop
/// variable over hoofdprocessen, <see cref="LoopPath"/> "hoofdprocessen[]"), "regio", or a built-in as "string.upcase".
/// </summary>
/// <param name="Expression">The whole expression, whose span locates its tag.</param>
/// <param name="Root">The name the expression starts with, as typed.</param>
/// <param name="LoopPath">For a loop variable, the model path of the item it stands for; null for a global name.</param>
/// <param name="Steps">The member accesses and indexers after the root, in reading order.</param>
internal sealed record TemplateRead(ScriptExpression Expression, string Root, string? LoopPath, IReadOnlyList<ScriptExpression> Steps)
{
    /// <summary>The model path, "hoofdprocessen[].acties[].actie": an item of a list is "[]", and ".size" (a count) is the list itself.</summary>
    public string Path
    {
        get
        {
            var path = new StringBuilder(LoopPath ?? Root);
            foreach (var step in Steps)
            {
                if (step is ScriptIndexerExpression) path.Append("[]");
                else if (MemberName(step) is { } name and not "size") path.Append('.').Append(name);
            }
            return path.ToString();
        }
    }

    public static string? MemberName(ScriptExpression step) => (step as ScriptMemberExpression)?.Member?.Name;
}
