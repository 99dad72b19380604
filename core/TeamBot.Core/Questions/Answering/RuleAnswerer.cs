using System.Text.RegularExpressions;
using TeamBot.Core.Formatting;
using TeamBot.Core.Language;
using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Search;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// The documents route: a rule question ("hoe lang mag ik BGI toekennen") is answered with the sentence of the
/// toekenningsinstructie or protocol that makes the statement asked about the product named; what the verwijsgids
/// has for that product follows as context.
/// </summary>
internal static partial class RuleAnswerer
{
    private const int MaxContextProviders = 8;

    public static AnswerDraft Answer(DocumentSearchIndex index, AnswerContext context, IntentCues cues, ContractIntent intent)
    {
        var namesPerProduct = SubjectNames(context);
        var focus = new AnswerFocus(Expected(cues), namesPerProduct);
        var guideContext = intent == ContractIntent.Rule ? GuideContext(context) : "";
        Func<string, string?>? yesOrNo = cues.IsPolar ? passage => RulePolarity.Of(passage, context.RedactedQuestion, namesPerProduct) : null;
        var draft = DocumentAnswerer.Answer(index, context.RedactedQuestion, focus, IntentNames.Of(intent), guideContext, yesOrNo);
        return guideContext.Length == 0 ? draft : draft with { Sources = [.. draft.Sources, ContractText.Guide("Contracten")] };
    }

    /// <summary>How surely the documents state what a rule question asks, without a product: for telling a contract question from overig.</summary>
    public static double Evidence(DocumentSearchIndex index, string question, IntentCues cues) =>
        index.Search(question, new AnswerFocus(Expected(cues), []), maxHits: 1) is [var hit] ? hit.Confidence : 0;

    private static ExpectedAnswer Expected(IntentCues cues) => cues.Rule switch
    {
        _ when cues.AsksAmount && cues.Rule is not (RuleKind.Duration or RuleKind.Deadline) => ExpectedAnswer.Amount,
        RuleKind.Duration or RuleKind.Deadline => ExpectedAnswer.Period,
        RuleKind.Permission => ExpectedAnswer.Permission,
        RuleKind.Procedure => ExpectedAnswer.Procedure,
        RuleKind.Obligation => ExpectedAnswer.Obligation,
        _ when cues.AsksContactDetail || cues.AsksReach || cues.AsksContact => ExpectedAnswer.Contact,
        _ => ExpectedAnswer.Any,
    };

    /// <summary>
    /// Per product named in the question (a family such as "BGI" is one), the ways the documents may name it: its
    /// codes, names, the abbreviation in its name, and what an abbreviation typed stands for.
    /// </summary>
    private static List<IReadOnlyList<string>> SubjectNames(AnswerContext context)
    {
        var typed = TextFolding.Tokens(context.RedactedQuestion);
        return context.Subject.ProductGroups.Select(group => (IReadOnlyList<string>)group.Codes
                .Select(context.Guide.Product).OfType<Regions.Product>()
                .SelectMany(product => (IEnumerable<string>)[
                    product.Code,
                    Parenthesised().Replace(product.Name, " ").Trim(),
                    .. Parenthesised().Matches(product.Name).SelectMany(inner => Abbreviation().Matches(inner.Groups[1].Value)).Select(a => a.Value).Where(a => a != "ZIN"),
                ])
                .Concat(group.Typed.Where(SynonymLexicon.Abbreviations.ContainsKey).SelectMany(token => (IEnumerable<string>)[token, .. SynonymLexicon.Abbreviations[token]]))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList())
            .ToList();
    }

    /// <summary>"In de verwijsgids: ... is in Heerlen gecontracteerd bij A en B." for each product named.</summary>
    private static string GuideContext(AnswerContext context)
    {
        var lines = ContractQueries.ProductCodes(context).Take(3).Select(code =>
        {
            var providers = ContractQueries.InForce(context, new ContractFilter([], [code], context.Subject.Municipality))
                .Select(c => c.Provider).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).ToList();
            var product = ContractText.Product(context.Guide, code);
            return providers.Count == 0
                ? $"{product} is {ContractText.Place(context.Subject)} bij geen aanbieder gecontracteerd."
                : $"{product} is {ContractText.Place(context.Subject)} gecontracteerd bij {DutchFormat.List(providers.Count > MaxContextProviders ? [.. providers.Take(MaxContextProviders), $"nog {providers.Count - MaxContextProviders}"] : providers)}.";
        }).ToList();
        return lines.Count == 0 ? "" : "\n\nUit de verwijsgids: " + string.Join(" ", lines);
    }

    [GeneratedRegex(@"\(([^)]*)\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\b[A-Z]{2,6}\b")]
    private static partial Regex Abbreviation();
}
