using TeamBot.Core.Formatting;
using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// Questions over many contracts at once: by doelgroep or specialisatie, by uitvoeringsvariant, by law, by the
/// window their einddatum falls in, and the contracts that ended.
/// </summary>
internal static class ContractListAnswers
{
    public static AnswerDraft ProvidersForSpecialisation(AnswerContext asked)
    {
        // "Autistische kinderen": the age group keeps the list to the law that serves it.
        var context = asked.Subject is { Law: null, ImpliedLaw: { } law } ? asked with { Subject = asked.Subject with { Law = law } } : asked;
        var blocks = context.Subject.Specialisations.Select(term =>
        {
            var lines = context.Guide.ProvidersWithSpecialisation(term)
                .Select(p => (Provider: p, Contracts: ContractQueries.InForce(context, new ContractFilter([p.Name], [], context.Subject.Municipality))))
                .Where(p => p.Contracts.Count > 0)
                .Select(p => ContractText.Bullet($"{p.Provider.Name}: {ContractText.ProductNames(context, p.Contracts)}"))
                .ToList();
            return lines.Count == 0
                ? $"Er is {ContractText.Place(context.Subject)} geen gecontracteerde aanbieder met de doelgroep of specialisatie {term}{LawNote(context)}."
                : $"Gecontracteerde aanbieders {ContractText.Place(context.Subject)} met de doelgroep of specialisatie {term}{LawNote(context)} ({lines.Count}):" + ContractText.Bullets(lines, context.Subject);
        });
        return ContractAnswerer.Answered(ContractIntent.ProvidersForSpecialisation, string.Join("\n\n", blocks) + ContractText.ScopeNote(context.Subject), "Aanbieders");
    }

    /// <param name="polar">"Is het contract met X gestopt?": ja only when every contract of X asked about ended, nee when none did.</param>
    public static AnswerDraft Ended(AnswerContext context, bool polar = false)
    {
        var window = context.Subject.EndWindow is { IsWholeYear: true } year ? year : null;
        var ended = ContractQueries.Ended(context, context.Subject.Filter()).Where(c => window is null || window.Contains(c.EndDate)).ToList();
        var when = window is null ? "" : $" {window.Description}";
        // "Is het contract met X gestopt?" about one aanbieder: what of it still runs there decides ja, deels or nee.
        var running = polar && window is null && context.Subject.Providers.Count == 1 ? ContractQueries.InForce(context, context.Subject.Filter()) : null;
        if (running is { Count: > 0 } && ended.Count == 0)
            return ContractAnswerer.Answered(ContractIntent.EndedContracts, $"Nee, {context.Subject.Providers[0]} is {ContractText.Place(context.Subject)} nog gecontracteerd voor:"
                + ContractAnswerer.ProductLines(context, running) + ContractText.ScopeNote(context.Subject), "Contracten");
        var verdict = running is null || ended.Count == 0 ? "" : EndedVerdict(context, ended, running);
        if (ended.Count == 0)
            return ContractAnswerer.Answered(ContractIntent.EndedContracts, $"Ik vind {ContractText.Place(context.Subject)} geen beëindigde contracten{when}{ContractText.ForProducts(context)}." + ContractText.ScopeNote(context.Subject), "Contracten");
        var lines = ended.Select(c => ContractText.Bullet(
            $"{c.Provider}, {ContractText.Product(context.Guide, c.ProductCode)} ({ContractText.Municipalities(c)}): beëindigd per {DutchFormat.Date(c.EndDate)}{(c.Remark is null ? "" : $" ({c.Remark})")}"));
        return ContractAnswerer.Answered(ContractIntent.EndedContracts, verdict + $"Beëindigde contracten {ContractText.Place(context.Subject)}{when} ({ended.Count}):" + ContractText.Bullets(lines, context.Subject) + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    /// <summary>"Ja, ..." when nothing of the aanbieder asked about is still in force there; "Deels: ..." when some is.</summary>
    private static string EndedVerdict(AnswerContext context, List<Contract> ended, List<Contract> running)
    {
        var provider = context.Subject.Providers[0];
        return running.Count == 0
            ? $"Ja, {provider} is {ContractText.Place(context.Subject)} niet meer gecontracteerd{ContractText.ForProducts(context)}: beëindigd per {DutchFormat.Date(ended.Max(c => c.EndDate))}.\n\n"
            : $"Deels: {provider} is {ContractText.Place(context.Subject)} nog gecontracteerd voor {ContractText.ProductNames(context, running)}.\n\n";
    }

    /// <summary>Contracts in force, narrowed by every slot the question fills; a yes/no question about one aanbieder gets ja or nee first.</summary>
    public static AnswerDraft Filtered(AnswerContext context, bool polar)
    {
        var contracts = Matching(context);
        var what = Description(context);
        if (polar && context.Subject.Providers.Count > 0) return YesOrNo(context, contracts, what);
        if (contracts.Count == 0)
            return ContractAnswerer.Answered(ContractIntent.ContractList, $"Ik vind {ContractText.Place(context.Subject)} geen lopende contracten{(what.Length == 0 ? "" : " " + what)}." + ContractText.ScopeNote(context.Subject), "Contracten");
        var providerCount = contracts.Select(c => c.Provider).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var heading = $"Lopende contracten {ContractText.Place(context.Subject)}{(what.Length == 0 ? "" : " " + what)} ({DutchFormat.Count(contracts.Count, "contract", "contracten")}, {DutchFormat.Count(providerCount, "aanbieder", "aanbieders")}):";
        var lines = contracts.OrderBy(c => context.Subject.EndWindow is null ? DateOnly.MinValue : c.EndDate ?? DateOnly.MaxValue)
            .ThenBy(c => c.Provider, StringComparer.CurrentCulture)
            .Select(c => ContractText.Bullet($"{c.Provider}, {ContractText.Product(context.Guide, c.ProductCode)}: {Detail(context, c)}"));
        return ContractAnswerer.Answered(ContractIntent.ContractList, heading + ContractText.Bullets(lines, context.Subject) + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    private static AnswerDraft YesOrNo(AnswerContext context, List<Contract> contracts, string what)
    {
        var provider = DutchFormat.List(context.Subject.Providers);
        // Something asked that no slot holds ("voor hersenletsel") keeps the answer from a flat "Ja".
        var yes = context.Subject.Unresolved is not null && context.Subject.ProductCodes.Count == 0 ? "" : "Ja, ";
        if (contracts.Count > 0)
            return ContractAnswerer.Answered(ContractIntent.ContractList, $"{yes}{provider} heeft {ContractText.Place(context.Subject)} lopende contracten {what}:"
                + ContractText.Bullets(contracts.Select(c => ContractText.Bullet($"{ContractText.Product(context.Guide, c.ProductCode)}: {Detail(context, c)}")), context.Subject), "Contracten");
        var actual = ContractQueries.InForce(context, context.Subject.Filter());
        var instead = actual.Count == 0 ? $" {provider} heeft daar geen lopend contract{ContractText.ForProducts(context)}."
            : ":" + ContractText.Bullets(actual.Select(c => ContractText.Bullet($"{ContractText.Product(context.Guide, c.ProductCode)}: {ContractText.Terms(context.Guide, c)}")), context.Subject);
        return ContractAnswerer.Answered(ContractIntent.ContractList, $"Nee, {provider} heeft {ContractText.Place(context.Subject)} geen lopende contracten {what}. Wat er wel is" + instead, "Contracten");
    }

    private static List<Contract> Matching(AnswerContext context)
    {
        var subject = context.Subject;
        return ContractQueries.InForce(context, subject.Filter(withProducts: false))
            .Where(c => subject.ProductCodes.Count == 0 || ContractQueries.ProductCodes(context).Contains(c.ProductCode, StringComparer.OrdinalIgnoreCase))
            .Where(c => subject.DeliveryModel is null || c.DeliveryModel == subject.DeliveryModel)
            .Where(c => subject.EndWindow is null || subject.EndWindow.Contains(subject.WindowOnMaxEndDate ? c.MaxEndDate : c.EndDate))
            .Where(c => ContractQueries.HasProfile(context, c.Provider))
            .ToList();
    }

    /// <summary>"die outputgericht werken, onder de Wmo, met einddatum in 2027": every filter the answer applied, in words.</summary>
    private static string Description(AnswerContext context)
    {
        var subject = context.Subject;
        var parts = new List<string>();
        if (subject.ProductCodes.Count > 0) parts.Add("voor " + DutchFormat.List(ContractQueries.ProductCodes(context).Select(code => ContractText.Product(context.Guide, code)).ToList()));
        if (subject.DeliveryModel is { } model) parts.Add(model.ToDutch());
        if (subject.Law is { } law) parts.Add($"onder de {law}");
        if (subject.EndWindow is { } window) parts.Add($"met {(subject.WindowOnMaxEndDate ? "max. einddatum" : "einddatum")} {window.Description}");
        if (subject.Specialisations.Count > 0) parts.Add($"van aanbieders met doelgroep of specialisatie {DutchFormat.List(subject.Specialisations, "of")}");
        return parts.Count == 0 ? "" : string.Join(", ", parts);
    }

    private static string Detail(AnswerContext context, Contract contract) =>
        ContractText.Terms(context.Guide, contract)
        + (contract.MaxEndDate is { } max && context.Subject.EndWindow is not null ? $" (max. einddatum {DutchFormat.Date(max)})" : "")
        + (context.Subject.Municipality is null ? $" ({ContractText.Municipalities(contract)})" : "");

    private static string LawNote(AnswerContext context) => context.Subject.Law is { } law ? $" onder de {law}" : "";
}
