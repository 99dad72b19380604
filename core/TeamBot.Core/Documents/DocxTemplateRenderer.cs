using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Scriban;

namespace TeamBot.Core.Documents;

/// <summary>
/// Renders Word templates (.docx or Flat OPC .xml) whose Scriban tags were typed in Word, over the
/// body, headers, footers, footnotes, endnotes and the title property. A template with problems
/// yields all of them and no document. Templates are untrusted: they see only the model and the
/// formatting functions, and every render runs under the limits of <see cref="DocumentRenderOptions"/>.
/// </summary>
public sealed class DocxTemplateRenderer
{
    private readonly DocumentRenderOptions defaults;
    private readonly TimeProvider clock;

    public DocxTemplateRenderer(IOptions<DocumentRenderOptions> options, TimeProvider clock)
    {
        defaults = options.Value;
        this.clock = clock;
    }

    /// <summary>Renders <paramref name="template"/> with <paramref name="model"/> (an object, or YAML-style dictionaries and lists).</summary>
    /// <param name="templateName">Shown in problems about the file as a whole.</param>
    /// <param name="options">Limits for this render; the configured ones when null.</param>
    /// <param name="cancellationToken">The caller giving up; throws rather than reporting a problem.</param>
    public RenderResult Render(byte[] template, string templateName, object model, DocumentRenderOptions? options = null, CancellationToken cancellationToken = default) =>
        Render(template, templateName, model, DocumentValues.PlainText, options, cancellationToken);

    /// <summary>Renders with values that may carry more than text: plan markup and images (<paramref name="values"/>).</summary>
    public RenderResult Render(byte[] template, string templateName, object model, DocumentValues values, DocumentRenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var kind = WordPackage.KindOf(template);
        WordPackage package;
        try
        {
            package = WordPackage.Open(template);
        }
        catch (InvalidDataException exception)
        {
            var problem = new TemplateProblem("", "bestand", templateName, null,
                $"Het sjabloon '{templateName}' is geen Word-document dat te openen is (.docx of Flat OPC .xml): {exception.Message}");
            return RenderResult.Failure(templateName, kind, [problem]);
        }
        using (package)
        {
            var limits = options ?? defaults;
            return Render(package, templateName, model, values, values.TextMarkup ? limits.WithTextMarkup() : limits, cancellationToken);
        }
    }

    private RenderResult Render(WordPackage package, string templateName, object model, DocumentValues values, DocumentRenderOptions options, CancellationToken cancellationToken)
    {
        var problems = new List<TemplateProblem>();
        var parts = ReadParts(package, options, problems);
        var prepared = Prepare(package, parts, options, problems);
        var title = PrepareTitle(package, problems);
        if (problems.Count > 0) return RenderResult.Failure(templateName, package.Kind, problems);

        using var deadline = new CancellationTokenSource(options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        var session = new RenderSession(TemplateModel.From(model), new RenderLimits(options, linked.Token), () => deadline.IsCancellationRequested);
        var rendered = RenderParts(session, package, prepared, values, DrawingIds.Highest(parts.Select(part => part.Xml.Root!)), options.MaxOutputBytes, problems);
        var renderedTitle = title is null ? null : session.RenderTitle(title, problems);
        cancellationToken.ThrowIfCancellationRequested();
        if (problems.Count > 0) return RenderResult.Failure(templateName, package.Kind, problems);

        foreach (var (part, xml) in rendered) WordPackage.Write(part.Part, xml);
        if (renderedTitle is not null) package.Title = renderedTitle;
        return Saved(package, templateName, options);
    }

    private static List<(TemplatePart Part, XDocument Xml)> ReadParts(WordPackage package, DocumentRenderOptions options, List<TemplateProblem> problems)
    {
        var parts = new List<(TemplatePart, XDocument)>();
        foreach (var part in package.TemplateParts())
        {
            try
            {
                parts.Add((part, WordPackage.Read(part.Part, options.MaxOutputBytes)));
            }
            catch (Exception exception) when (exception is XmlException or InvalidDataException)
            {
                problems.Add(new TemplateProblem("", part.Label, "hele onderdeel", null, $"Dit onderdeel is niet te lezen: {exception.Message}"));
            }
        }
        return parts;
    }

    private static List<PartTemplate> Prepare(WordPackage package, List<(TemplatePart Part, XDocument Xml)> parts, DocumentRenderOptions options, List<TemplateProblem> problems)
    {
        var headings = HeadingStyles.From(package.Styles(options.MaxOutputBytes));
        return parts
            .Select(part => PartPreparer.Prepare(part.Part, part.Xml, headings, new PartProblems(part.Part.Label, problems)))
            .OfType<PartTemplate>()
            .ToList();
    }

    private static Template? PrepareTitle(WordPackage package, List<TemplateProblem> problems) =>
        TitleTemplate.HasTags(package.Title) ? TitleTemplate.Parse(package.Title!, new PartProblems(TitleTemplate.Part, problems)) : null;

    private static List<(TemplatePart Part, XDocument Xml)> RenderParts(RenderSession session, WordPackage package, List<PartTemplate> prepared,
        DocumentValues values, uint highestDrawingId, long maxCharacters, List<TemplateProblem> problems)
    {
        var drawingIds = new DrawingIds(highestDrawingId);
        var rendered = new List<(TemplatePart Part, XDocument Xml)>();
        foreach (var part in prepared)
        {
            if (session.Render(part, problems) is { Root: not null } xml) rendered.Add((part.Part, xml));
        }
        if (problems.Count > 0) return rendered;
        RichContentWriter.Write(package, rendered, values, drawingIds, maxCharacters, problems);
        foreach (var (_, xml) in rendered) RenderedXmlRepair.Repair(xml.Root!, drawingIds);
        return rendered;
    }

    private static RenderResult Saved(WordPackage package, string templateName, DocumentRenderOptions options)
    {
        var bytes = package.Save();
        if (bytes.LongLength <= options.MaxOutputBytes) return RenderResult.Success(templateName, package.Kind, bytes);
        var limit = (options.MaxOutputBytes / (1024.0 * 1024.0)).ToString("0.##", Formatting.DutchFormat.Culture);
        return RenderResult.Failure(templateName, package.Kind, [new TemplateProblem("", "bestand", templateName, null, $"Het document wordt groter dan de limiet van {limit} MB.")]);
    }
}
