using System.Xml;
using System.Xml.Linq;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using TeamBot.Core.Formatting;

namespace TeamBot.Core.Documents;

/// <summary>
/// Renders the prepared parts of one template with one model, under one set of limits, and turns
/// whatever Scriban throws into a located Dutch problem.
/// </summary>
internal sealed class RenderSession(ScriptObject model, RenderLimits limits, Func<bool> timedOut)
{
    private readonly ScriptObject builtins = TemplateSandbox.CreateBuiltins();

    /// <summary>The rendered part's XML, or null with a problem added.</summary>
    public XDocument? Render(PartTemplate part, List<TemplateProblem> all)
    {
        var problems = new PartProblems(part.Part.Label, all);
        var output = Run(part.Template, ValueEncoder.RunText(part.WordPrefix), part.TagAt, problems);
        if (output is null) return null;
        try
        {
            return SafeXml.Parse(output);
        }
        catch (XmlException exception)
        {
            problems.Add(null, "hele onderdeel", $"Het ingevulde onderdeel is geen geldige Word-XML meer ({exception.Message}). Controleer of blokken binnen dezelfde alinea of rij openen en sluiten.");
            return null;
        }
    }

    /// <summary>The title (core property) rendered as plain text, or null with a problem added.</summary>
    public string? RenderTitle(Template title, List<TemplateProblem> all) =>
        Run(title, ValueEncoder.PlainText, _ => null, new PartProblems(TitleTemplate.Part, all));

    private string? Run(Template template, ValueEncoder encoder, Func<int, WordTag?> tagAt, PartProblems problems)
    {
        if (limits.OutputExhausted)
        {
            problems.Add(null, "hele onderdeel", OutputTooLarge());
            return null;
        }
        var context = TemplateSandbox.CreateContext(builtins, model, encoder, limits);
        try
        {
            var output = template.Render(context);
            limits.Spend(output.Length);
            return output;
        }
        catch (ScriptRuntimeException exception)
        {
            Report(problems, tagAt(exception.Span.Start.Offset), exception);
            return null;
        }
        catch (OperationCanceledException) when (timedOut())
        {
            problems.Add(null, "hele onderdeel", TimedOut());
            return null;
        }
    }

    private void Report(PartProblems problems, WordTag? tag, ScriptRuntimeException exception)
    {
        var message = exception.OriginalMessage ?? exception.Message;
        var text = exception switch
        {
            ScriptAbortException when timedOut() => TimedOut(),
            _ when message.Contains("iteration limit", StringComparison.OrdinalIgnoreCase) =>
                $"Een lus loopt vaker dan de limiet van {limits.Options.LoopLimit.ToString("N0", DutchFormat.Culture)} herhalingen (een lus en de lussen erin samen). Scriban meldt: {message}",
            _ when message.Contains("recursive", StringComparison.OrdinalIgnoreCase) =>
                $"Een functie roept zichzelf vaker aan dan de limiet van {limits.Options.RecursiveLimit}. Scriban meldt: {message}",
            _ when message.Contains("OutputLimit", StringComparison.Ordinal) => OutputTooLarge(),
            _ when message.Contains("LimitToString", StringComparison.Ordinal) =>
                $"Een waarde wordt langer dan de limiet van {limits.Options.MaxValueLength.ToString("N0", DutchFormat.Culture)} tekens. Scriban meldt: {message}",
            _ => $"Fout bij het invullen van deze tag. Scriban meldt: {message}",
        };
        problems.Add(tag, "hele onderdeel", text);
    }

    private string TimedOut() =>
        $"Het invullen duurde langer dan de tijdslimiet van {limits.Options.Timeout.TotalSeconds.ToString("0.###", DutchFormat.Culture)} seconden en is afgebroken. Staat er een lus in die niet stopt?";

    private string OutputTooLarge() =>
        $"Het document wordt groter dan de limiet van {(limits.Options.MaxOutputBytes / (1024.0 * 1024.0)).ToString("0.##", DutchFormat.Culture)} MB.";
}
