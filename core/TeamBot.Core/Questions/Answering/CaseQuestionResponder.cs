using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// The kind redirect for casuïstiek, from a Scriban template the inkoopteam can edit, plus the verwijsgids
/// facts the question asks for (who is contracted for what), without judging the case.
/// </summary>
public sealed partial class CaseQuestionResponder
{
    private readonly Template _template;

    public CaseQuestionResponder(IOptions<QuestionOptions> options)
        : this(File.ReadAllText(options.Value.CaseRedirectTemplatePath), options.Value.CaseRedirectTemplatePath)
    {
    }

    internal CaseQuestionResponder(string templateText, string templateName)
    {
        _template = Template.Parse(templateText, templateName);
        if (_template.HasErrors)
            throw new InvalidOperationException($"Het sjabloon {templateName} voor casuïstiek bevat fouten: {string.Join("; ", _template.Messages)}");
    }

    internal AnswerDraft Respond(AnswerContext context)
    {
        var facts = ReferralGuideFacts(context);
        var model = new ScriptObject
        {
            ["gemeente"] = context.Subject.Municipality,
            ["toegang"] = context.Subject.Municipality is { } name ? context.Guide.Municipality(name)?.AccessTeam : null,
            ["verwijsgids"] = facts?.Text,
        };
        var templateContext = new TemplateContext { MemberRenamer = member => member.Name };
        templateContext.PushGlobal(model);
        var text = BlankLines().Replace(_template.Render(templateContext), "\n\n").Trim();
        return new AnswerDraft("case", text, facts?.Sources ?? [], QuestionOutcome.Redirected);
    }

    private static AnswerDraft? ReferralGuideFacts(AnswerContext context)
    {
        if (!context.Subject.HasEntities) return null;
        var cues = new IntentCues(context.RedactedQuestion);
        var intent = IntentDetector.Detect(cues, context.Subject);
        if (intent is ContractIntent.ProviderSignal or ContractIntent.Document or ContractIntent.Rule || intent == ContractIntent.IsContracted && context.Subject.Providers.Count == 0)
            intent = DefaultFactIntent(context.Subject);
        return ContractAnswerer.Answer(intent, context, cues) is { Outcome: QuestionOutcome.Answered } answer ? answer : null;
    }

    private static ContractIntent DefaultFactIntent(QuestionSubject subject) =>
        subject.ProductCodes.Count > 0 ? ContractIntent.ProvidersForProduct
        : subject.Specialisations.Count > 0 ? ContractIntent.ProvidersForSpecialisation
        : ContractIntent.IsContracted;

    // An edited template may leave empty lines where a block was dropped; an answer never shows more than one.
    [GeneratedRegex(@"\n[ \t]*(\n[ \t]*)+\n")]
    private static partial Regex BlankLines();
}
