using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Scriban.Runtime;

namespace TeamBot.Core.Documents;

/// <summary>
/// Renders Word templates (.docx or Flat OPC .xml) whose Scriban tags were typed in Word, over the
/// body, headers, footers, footnotes, endnotes and the title property. A template with problems
/// yields all of them and no document: syntax, every name it reads that the model or the sandbox lacks, and every tag that
/// cannot be filled in. Templates are untrusted: they see only the model and the
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

    /// <summary>Renders <paramref name="template"/> with <paramref name="model"/> (an object, or YAML-style dictionaries and lists), names as declared.</summary>
    /// <param name="templateName">Shown in problems about the file as a whole.</param>
    /// <param name="options">Limits for this render; the configured ones when null.</param>
    /// <param name="cancellationToken">The caller giving up; throws rather than reporting a problem.</param>
    public RenderResult Render(byte[] template, string templateName, object model, DocumentRenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Render(template, templateName, model as TemplateInput ?? new TemplateInput(model), options, cancellationToken);
    }

    /// <summary>Renders <paramref name="template"/> with the model of <paramref name="input"/>, its typed members named as the input says.</summary>
    public RenderResult Render(byte[] template, string templateName, TemplateInput input, DocumentRenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Model);
        var (package, unreadable) = Open(template, templateName);
        if (package is null) return RenderResult.Failure(templateName, WordPackage.KindOf(template), [unreadable!]);
        using (package)
        {
            var limits = options ?? defaults;
            return Render(package, templateName, input, input.Values.TextMarkup ? limits.WithTextMarkup() : limits, cancellationToken);
        }
    }

    /// <summary>
    /// Every problem found before rendering, checked against the members of <paramref name="modelType"/> instead of data:
    /// for a template that cannot be rendered now (its data is wrong) but whose own mistakes can be shown already.
    /// </summary>
    public IReadOnlyList<TemplateProblem> Check(byte[] template, string templateName, Type modelType, JsonNamingPolicy? memberNaming = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(modelType);
        var (package, unreadable) = Open(template, templateName);
        if (package is null) return [unreadable!];
        using (package)
        {
            var problems = new TemplateProblemList();
            var prepared = Prepare(package, defaults, problems);
            CheckNames(prepared, package.Title, ModelShapes.OfType(modelType, memberNaming), TemplateSandbox.CreateBuiltins(), problems);
            return problems.ToList(templateName);
        }
    }

    private RenderResult Render(WordPackage package, string templateName, TemplateInput input, DocumentRenderOptions options, CancellationToken cancellationToken)
    {
        var problems = new TemplateProblemList();
        var prepared = Prepare(package, options, problems);
        var builtins = TemplateSandbox.CreateBuiltins();
        CheckNames(prepared, package.Title, ModelShapes.Of(input.Model, input.MemberNaming), builtins, problems);
        if (problems.Count > 0) return RenderResult.Failure(templateName, package.Kind, problems.ToList(templateName));

        using var deadline = new CancellationTokenSource(options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        var model = TemplateModel.From(input.Model, input.MemberNaming);
        var session = new RenderSession(builtins, model, new RenderLimits(options, linked.Token), () => deadline.IsCancellationRequested);
        var rendered = RenderParts(session, package, prepared, input.Values, options.MaxOutputBytes, problems);
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

    /// <summary>Every name each prepared part and the title read, checked against the model and the sandbox.</summary>
    private static void CheckNames(PreparedTemplate prepared, string? title, ModelShape model, ScriptObject builtins, TemplateProblemList problems)
    {
        var check = new TemplateNameCheck(model, builtins);
        foreach (var part in prepared.Parts)
        {
            var partProblems = new PartProblems(part.Part.Label, problems);
            check.Check(part.Template.Page!, (offset, message) => partProblems.Add(part.TagAt(offset), "onbekende plek", message));
        }
        if (prepared.Title is null) return;
        var titleProblems = new PartProblems(TitleTemplate.Part, problems);
        check.Check(prepared.Title.Page!, (_, message) => titleProblems.Add(title!, TitleTemplate.Place, message));
    }

    private static List<(TemplatePart Part, XDocument Xml)> RenderParts(RenderSession session, WordPackage package, PreparedTemplate prepared,
        DocumentValues values, long maxCharacters, TemplateProblemList problems)
    {
        var drawingIds = new DrawingIds(prepared.HighestDrawingId);
        var rendered = new List<(TemplatePart Part, XDocument Xml)>();
        foreach (var part in prepared.Parts)
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
