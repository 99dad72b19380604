using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;

namespace TeamBot.Core.Documents;

/// <summary>
/// Renders Word templates (.docx or Flat OPC .xml) whose Scriban tags were typed in Word, over the
/// body, headers, footers, footnotes, endnotes and the title property. A template with problems
/// yields all of them and no document: syntax, and every tag that cannot be filled in. Templates are untrusted: they see only the model and the
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
    public RenderResult Render(byte[] template, string templateName, object model, DocumentRenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var (package, unreadable) = Open(template, templateName);
        if (package is null) return RenderResult.Failure(templateName, WordPackage.KindOf(template), [unreadable!]);
        using (package)
        {
            return Render(package, templateName, model, options ?? defaults, cancellationToken);
        }
    }

    private RenderResult Render(WordPackage package, string templateName, object model, DocumentRenderOptions options, CancellationToken cancellationToken)
    {
        var problems = new TemplateProblemList();
        var prepared = Prepare(package, options, problems);
        if (problems.Count > 0) return RenderResult.Failure(templateName, package.Kind, problems.ToList(templateName));

        using var deadline = new CancellationTokenSource(options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        var session = new RenderSession(TemplateSandbox.CreateBuiltins(), TemplateModel.From(model), new RenderLimits(options, linked.Token), () => deadline.IsCancellationRequested);
        var rendered = RenderParts(session, prepared, problems);
        var renderedTitle = prepared.Title is null ? null : session.RenderTitle(prepared.Title, problems);
        cancellationToken.ThrowIfCancellationRequested();
        if (problems.Count > 0) return RenderResult.Failure(templateName, package.Kind, problems.ToList(templateName));

        foreach (var (part, xml) in rendered) WordPackage.Write(part.Part, xml);
        if (renderedTitle is not null) package.Title = renderedTitle;
        return Saved(package, templateName, options);
    }

    private static (WordPackage? Package, TemplateProblem? Problem) Open(byte[] template, string templateName)
    {
        try
        {
            return (WordPackage.Open(template), null);
        }
        catch (InvalidDataException exception)
        {
            return (null, new TemplateProblem("", "bestand", templateName, null,
                $"Het sjabloon '{templateName}' is geen Word-document dat te openen is (.docx of Flat OPC .xml): {exception.Message}"));
        }
    }

    /// <summary>Reads, merges, checks and parses every part and the title; what cannot be prepared is left out with its problems.</summary>
    private static PreparedTemplate Prepare(WordPackage package, DocumentRenderOptions options, TemplateProblemList problems)
    {
        var parts = ReadParts(package, options, problems);
        var headings = HeadingStyles.From(package.Styles(options.MaxOutputBytes));
        var templates = parts
            .Select(part => PartPreparer.Prepare(part.Part, part.Xml, headings, new PartProblems(part.Part.Label, problems)))
            .OfType<PartTemplate>()
            .ToList();
        var title = TitleTemplate.HasTags(package.Title) ? TitleTemplate.Parse(package.Title!, new PartProblems(TitleTemplate.Part, problems)) : null;
        return new PreparedTemplate(templates, title, DrawingIds.Highest(parts.Select(part => part.Xml.Root!)));
    }

    private static List<(TemplatePart Part, XDocument Xml)> ReadParts(WordPackage package, DocumentRenderOptions options, TemplateProblemList problems)
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

    private static List<(TemplatePart Part, XDocument Xml)> RenderParts(RenderSession session, PreparedTemplate prepared, TemplateProblemList problems)
    {
        var drawingIds = new DrawingIds(prepared.HighestDrawingId);
        var rendered = new List<(TemplatePart, XDocument)>();
        foreach (var part in prepared.Parts)
        {
            if (session.Render(part, problems) is not { Root: not null } xml) continue;
            RenderedXmlRepair.Repair(xml.Root, drawingIds);
            rendered.Add((part.Part, xml));
        }
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
