using TeamBot.Core.Documents;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Documents;

/// <summary>Renders a template built in a test and reads the result back, checking it is valid Open XML.</summary>
internal static class Rendering
{
    public static RenderedWord Render(WordTemplate template, object model, DocumentRenderOptions? options = null)
    {
        var result = TestCalendar.Renderer().Render(template.ToDocx(), "test.docx", model, options);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        var rendered = new RenderedWord(result.Document!);
        Assert.Empty(rendered.ValidationErrors());
        return rendered;
    }

    public static IReadOnlyList<TemplateProblem> Problems(WordTemplate template, object model, DocumentRenderOptions? options = null)
    {
        var result = TestCalendar.Renderer().Render(template.ToDocx(), "test.docx", model, options);
        Assert.False(result.Succeeded);
        Assert.Null(result.Document);
        return result.Problems;
    }
}
