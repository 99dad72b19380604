using System.Xml;
using System.Xml.Linq;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using TeamBot.Core.Formatting;

namespace TeamBot.Core.Documents;

/// <summary>
/// Renders the prepared parts of one template with one model, under one set of limits, and turns whatever Scriban
/// throws into a located Dutch problem. A tag that cannot be filled in is reported and left empty so the render goes
/// on and every such tag is found; only a limit (loops, recursion, size, time) stops a part.
/// </summary>
internal sealed class RenderSession(ScriptObject builtins, ScriptObject model, RenderLimits limits, Func<bool> timedOut)
{
    /// <summary>The rendered part's XML, or null with a problem added.</summary>
    public XDocument? Render(PartTemplate part, TemplateProblemList all)
    {
        var problems = new PartProblems(part.Part.Label, all);
        var output = Run(part.Template, ValueEncoder.RunText(part.WordPrefix), part.TagAt, problems);
        if (output is null || problems.Any) return null;
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
    public string? RenderTitle(Template title, TemplateProblemList all)
    {
        var problems = new PartProblems(TitleTemplate.Part, all);
        var output = Run(title, ValueEncoder.PlainText, _ => null, problems);
        return problems.Any ? null : output;
    }

    private string? Run(Template template, ValueEncoder encoder, Func<int, WordTag?> tagAt, PartProblems problems)
    {
        if (limits.OutputExhausted)
        {
            problems.Add(null, "hele onderdeel", OutputTooLarge());
            return null;
        }
        var context = TemplateSandbox.CreateContext(builtins, model, encoder, limits);
        var recovered = new RecoveredSpans();
        context.RenderRuntimeException = exception => Recover(exception, tagAt, problems, recovered);
        try
        {
            var output = template.Render(context);
            limits.Spend(output.Length);
            return output;
        }
        catch (ScriptRuntimeException exception)
        {
            problems.Add(tagAt(exception.Span.Start.Offset), "hele onderdeel", LimitMessage(exception) ?? ScribanMessages.Runtime(exception));
            return null;
        }
        catch (OperationCanceledException) when (timedOut())
        {
            problems.Add(null, "hele onderdeel", TimedOut());
            return null;
        }
    }

    /// <summary>
    /// Reports a tag that cannot be filled in and lets it write nothing; a limit goes on up and stops the part. What fails
    /// around a part that already failed ("include" not found, then the call of it) follows from it and is not reported again.
    /// </summary>
    private string Recover(ScriptRuntimeException exception, Func<int, WordTag?> tagAt, PartProblems problems, RecoveredSpans recovered)
    {
        if (exception is ScriptAbortException || exception.InnerException is OperationCanceledException || LimitMessage(exception) is not null) throw exception;
        if (recovered.FollowsFromLast(exception.Span)) return "";
        problems.Add(tagAt(exception.Span.Start.Offset), "hele onderdeel", ScribanMessages.Runtime(exception));
        return "";
    }

    private string? LimitMessage(ScriptRuntimeException exception)
    {
        var message = exception.OriginalMessage ?? exception.Message;
        return exception switch
        {
            ScriptAbortException when timedOut() => TimedOut(),
            _ when message.Contains("iteration limit", StringComparison.OrdinalIgnoreCase) =>
                $"Een lus loopt vaker dan de limiet van {limits.Options.LoopLimit.ToString("N0", DutchFormat.Culture)} herhalingen (een lus en de lussen erin samen).",
            _ when message.Contains("recursive", StringComparison.OrdinalIgnoreCase) =>
                $"Een functie roept zichzelf vaker aan dan de limiet van {limits.Options.RecursiveLimit}.",
            _ when message.Contains("OutputLimit", StringComparison.Ordinal) => OutputTooLarge(),
            _ when message.Contains("LimitToString", StringComparison.Ordinal) =>
                $"Een waarde wordt langer dan de limiet van {limits.Options.MaxValueLength.ToString("N0", DutchFormat.Culture)} tekens.",
            _ => null,
        };
    }

    private string TimedOut() =>
        $"Het invullen duurde langer dan de tijdslimiet van {limits.Options.Timeout.TotalSeconds.ToString("0.###", DutchFormat.Culture)} seconden en is afgebroken. Staat er een lus in die niet stopt?";

    private string OutputTooLarge() =>
        $"Het document wordt groter dan de limiet van {(limits.Options.MaxOutputBytes / (1024.0 * 1024.0)).ToString("0.##", DutchFormat.Culture)} MB.";
}
