using System.Text;
using System.Text.RegularExpressions;
using TeamBot.Core.Formatting;
using TeamBot.Core.Language;
using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// Answers structured contract questions straight from the region data. Lists only contracts in force
/// on the day asked, so no ended or uncontracted aanbieder is ever offered as an option.
/// </summary>
internal static partial class ContractAnswerer
{
    public static AnswerDraft? Answer(ContractIntent intent, AnswerContext context, IntentCues cues) =>
        context.Subject.AsOf is { } day && (intent is ContractIntent.IsContracted or ContractIntent.ProvidersForProduct or ContractIntent.ProvidersForSpecialisation
            || intent is ContractIntent.ContractList && context.Subject.EndWindow is null)
            ? FutureAnswers.Answer(intent, context, day, then => AnswerToday(intent, then, cues))
            : AnswerToday(intent, context, cues);

    private static AnswerDraft? AnswerToday(ContractIntent intent, AnswerContext context, IntentCues cues) => intent switch
    {
        ContractIntent.ProvidersForProduct => ProvidersForProduct(context),
        ContractIntent.ProvidersForSpecialisation => ContractListAnswers.ProvidersForSpecialisation(context),
        ContractIntent.IsContracted => IsContracted(context, cues.WantsYesOrNo && MayAnswerYesOrNo(context, cues)),
        ContractIntent.Tariff => ContractDetails(context, intent, "Tarieven", c => Tariff(context, c, cues.AskedRateUnit)),
        ContractIntent.DeliveryModel => ContractDetails(context, intent, "Uitvoeringsvarianten", c => c.DeliveryModel?.ToDutch() ?? "geen uitvoeringsvariant vastgelegd"),
        ContractIntent.EndDate => ContractDetails(context, intent, "Looptijden", EndDates),
        ContractIntent.ProductCode => ProductAnswers.ProductCode(context),
        ContractIntent.ProductInfo => ProductAnswers.ProductInfo(context),
        ContractIntent.Unit => ProductAnswers.Unit(context),
        ContractIntent.Law => ProductAnswers.Law(context),
        ContractIntent.ProductList => ProductAnswers.ProductList(context, cues.AskedRateUnit),
        ContractIntent.ProviderProducts => ContractDetails(context, intent, "Gecontracteerde producten", c => ContractText.Terms(context.Guide, c)),
        ContractIntent.Contact => Contact(context),
        ContractIntent.ContractManager => ContractManager(context),
        ContractIntent.EndedContracts => ContractListAnswers.Ended(context, cues.IsPolar && !cues.HasNegation),
        ContractIntent.ContractList => ContractListAnswers.Filtered(context, cues.IsPolar),
        ContractIntent.ProviderSignal => ProviderSignal(context),
        _ => null,
    };

    /// <summary>A family of products ("begeleiding groep") lists only the members contracted there, unless none is.</summary>
    public static AnswerDraft ProvidersForProduct(AnswerContext context)
    {
        var byProduct = ContractQueries.ProductCodes(context)
            .Select(code => (Code: code, Contracts: Contracts(context, new ContractFilter([], [code], context.Subject.Municipality))))
            .ToList();
        var contracted = byProduct.Where(p => p.Contracts.Count > 0).ToList();
        if (contracted.Count == 0)
        {
            var names = DutchFormat.List(byProduct.Select(p => ContractText.Product(context.Guide, p.Code)).ToList());
            return Answered(ContractIntent.ProvidersForProduct, $"Voor {names} is {ContractText.Place(context.Subject)} geen aanbieder gecontracteerd{ContractText.ProfileNote(context.Subject)}: {(byProduct.Count == 1 ? "het is" : "ze zijn")} daar niet ingekocht." + ContractText.ScopeNote(context.Subject), "Contracten");
        }
        var blocks = contracted.Select(p =>
            $"Gecontracteerd {ContractText.Place(context.Subject)} voor {ContractText.Product(context.Guide, p.Code)}{ContractText.ProfileNote(context.Subject)} ({ProviderCount(p.Contracts)}):" + ProviderLines(context, p.Contracts));
        return Answered(ContractIntent.ProvidersForProduct, string.Join("\n\n", blocks) + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    private static string ProviderCount(IReadOnlyList<Contract> contracts) =>
        DutchFormat.Count(contracts.Select(c => c.Provider).Distinct(StringComparer.OrdinalIgnoreCase).Count(), "aanbieder", "aanbieders");

    /// <summary>In force there, of an aanbieder with the doelgroep or specialisatie asked (if any).</summary>
    private static List<Contract> Contracts(AnswerContext context, ContractFilter filter) =>
        ContractQueries.InForce(context, filter).Where(c => ContractQueries.HasProfile(context, c.Provider)).ToList();

    /// <summary>
    /// Ja or nee answers the question only when it asks nothing more than whether the aanbieder is contracted ("mag ik
    /// X inzetten voor Y" does): not a rule ("mag ik ... combineren", "zonder", "als pgb"), a negation, two products or gemeenten, a date, or a doelgroep alone.
    /// Then the answer states the contracts and leaves the verdict to the reader.
    /// </summary>
    private static bool MayAnswerYesOrNo(AnswerContext context, IntentCues cues) =>
        (cues.Rule == RuleKind.None || cues.Rule == RuleKind.Permission && !cues.AsksBeyondContract) && !cues.HasNegation
        && context.Subject.ProductGroups.Count <= 1 && context.Subject.MunicipalitiesNamed <= 1
        && context.Subject.EndWindow is null
        && !(context.Subject.Specialisations.Count > 0 && context.Subject.ProductCodes.Count == 0 && !SpecialisationsNameContractedProducts(context));

    /// <summary>"Geldt het crisiscontract van X": the doelgroep asked is in the name of a product X is contracted for there.</summary>
    private static bool SpecialisationsNameContractedProducts(AnswerContext context)
    {
        var names = ContractQueries.InForce(context, context.Subject.Filter(withProducts: false))
            .Select(c => " " + TextFolding.Words(ContractText.Product(context.Guide, c.ProductCode)))
            .ToList();
        return names.Count > 0 && context.Subject.Specialisations.All(term => names.Any(name => name.Contains(" " + TextFolding.Words(term), StringComparison.Ordinal)));
    }

    /// <param name="yesOrNo">Whether the question asks ja or nee; otherwise the answer states the facts without either.</param>
    private static AnswerDraft IsContracted(AnswerContext context, bool yesOrNo)
    {
        if (context.Subject.Providers.Count == 0) return UnknownProvider(context);
        var text = new StringBuilder();
        if (context.Subject.AmbiguousProviderName is { } ambiguous)
            text.Append("Met '" + ambiguous + "' kunnen " + context.Subject.Providers.Count + " aanbieders bedoeld zijn; per aanbieder:\n\n");
        foreach (var provider in context.Subject.Providers)
        {
            text.Append(text.Length > 0 && !text.ToString().EndsWith("\n\n", StringComparison.Ordinal) ? "\n\n" : "");
            text.Append(IsContracted(context, provider));
        }
        if (context.Subject.ProviderIsApproximate)
            text.Append("\n\n(Ik ging uit van " + DutchFormat.List(context.Subject.Providers) + "; bedoel je een andere aanbieder, noem dan de volledige naam.)");
        var answer = text.ToString();
        if (!yesOrNo) answer = YesOrNoOpening().Replace(answer, match => match.Groups[1].Value.ToUpperInvariant(), 1);
        return Answered(ContractIntent.IsContracted, answer + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    // "Ja, X is ..." -> "X is ...", "Nee, nog niet: het contract ..." -> "Het contract ...".
    [GeneratedRegex(@"^(?:Ja|Nee), (?:nog niet: )?(\w)")]
    private static partial Regex YesOrNoOpening();

    private static string IsContracted(AnswerContext context, string provider)
    {
        if (!ContractQueries.HasProfile(context, provider)) return WithoutProfile(context, provider);
        var filter = new ContractFilter([provider], ContractQueries.ProductCodes(context), context.Subject.Municipality);
        var contracts = ContractQueries.InForce(context, filter);
        if (contracts.Count > 0 && context.Subject.Unresolved is { } unresolved)
            return $"{provider} is {ContractText.Place(context.Subject)} gecontracteerd voor:" + ProductLines(context, contracts)
                   + $"\n\nOf '{unresolved}' daaronder valt, weet ik niet zeker: ik vind het niet als product of specialisatie in de verwijsgids. Staat het er niet bij, dan is {provider} daar niet voor gecontracteerd.";
        if (contracts.Count > 0)
            return YesContracted(context, provider, filter, contracts);
        var planned = ContractQueries.Planned(context, filter);
        if (planned.Count > 0)
            return $"Nee, nog niet: het contract van {provider} voor {ContractText.ProductNames(context, planned)} gaat in per {DutchFormat.Date(planned.Min(c => c.StartDate))}." + Alternatives(context, planned);
        var ended = ContractQueries.Ended(context, filter);
        if (ended.Count > 0)
            return $"Nee, het contract van {provider} voor {ContractText.ProductNames(context, ended)} is beëindigd per {DutchFormat.Date(ended.Max(c => c.EndDate))}."
                   + (ended.Select(c => c.Remark).FirstOrDefault(r => r is not null) is { } remark ? $" ({remark})" : "") + Alternatives(context, ended);
        var endedElsewhere = context.Subject.Municipality is null ? [] : ContractQueries.Ended(context, filter with { Municipality = null });
        // No product asked: who delivers there what this aanbieder delivers elsewhere.
        var instead = endedElsewhere.Count > 0 || context.Subject.Municipality is null ? endedElsewhere
            : ContractQueries.InForce(context, filter with { Municipality = null });
        return $"Nee, {provider} is {ContractText.Place(context.Subject)} niet gecontracteerd{ContractText.ForProducts(context)}." + ElsewhereNote(context, provider)
               + EndedNote(context, endedElsewhere, "Elders beëindigd") + Alternatives(context, instead);
    }

    /// <summary>The contracts that ended, with when and what the workbook says of their successor.</summary>
    private static string EndedNote(AnswerContext context, List<Contract> ended, string heading) =>
        ended.Count == 0 ? "" : $"\n\n{heading}:" + ContractText.Bullets(ended.Select(c => ContractText.Bullet(
            $"{ContractText.Product(context.Guide, c.ProductCode)} ({ContractText.Municipalities(c)}): beëindigd per {DutchFormat.Date(c.EndDate)}{(c.Remark is null ? "" : $" ({c.Remark})")}")), context.Subject);

    /// <summary>"Is X er voor autisme?": an aanbieder without that doelgroep or specialisatie in the verwijsgids, and who has it there.</summary>
    private static string WithoutProfile(AnswerContext context, string provider)
    {
        var terms = DutchFormat.List(context.Subject.Specialisations, "of");
        var own = context.Guide.Provider(provider) is { } p ? p.Specialisations.Concat(p.TargetGroups).ToList() : [];
        var others = context.Subject.Specialisations.SelectMany(context.Guide.ProvidersWithSpecialisation).Select(o => o.Name)
            .Where(name => ContractQueries.InForce(context, new ContractFilter([name], ContractQueries.ProductCodes(context), context.Subject.Municipality)).Count > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).ToList();
        return $"Nee, {provider} heeft in de verwijsgids geen doelgroep of specialisatie {terms}"
               + (own.Count == 0 ? "." : $" (wel: {DutchFormat.List(own)}).")
               + (others.Count == 0 ? "" : $"\n\nWel met {terms} {ContractText.Place(context.Subject)}: {DutchFormat.List(others)}.");
    }

    /// <summary>
    /// "Ja" only when the data says so without a doubt: not for an aanbieder recognised by a typo or a part of its name
    /// only, and not when, no product named, a contract of this aanbieder there also ended (the one the asker means, maybe).
    /// </summary>
    private static string YesContracted(AnswerContext context, string provider, ContractFilter filter, IReadOnlyList<Contract> contracts)
    {
        var lines = ProductLines(context, contracts);
        var ended = context.Subject.ProductCodes.Count == 0 ? ContractQueries.Ended(context, filter) : [];
        var endedNote = EndedNote(context, ended, $"Beëindigd {ContractText.Place(context.Subject)}") + (ended.Count == 0 ? "" : Alternatives(context, ended));
        if (context.Subject.ProviderIsApproximate)
            return $"Als je {provider} bedoelt: die is {ContractText.Place(context.Subject)} gecontracteerd voor:" + lines + endedNote;
        return ended.Count > 0
            ? $"{provider} is {ContractText.Place(context.Subject)} nog gecontracteerd voor:" + lines + endedNote
            : $"Ja, {provider} is {ContractText.Place(context.Subject)} gecontracteerd voor:" + lines;
    }

    /// <summary>Where the aanbieder is contracted instead, when the answer for the gemeente asked is no.</summary>
    private static string ElsewhereNote(AnswerContext context, string provider)
    {
        if (context.Subject.Municipality is null) return "";
        var elsewhere = ContractQueries.InForce(context, new ContractFilter([provider], ContractQueries.ProductCodes(context), null));
        if (elsewhere.Count == 0) return "";
        var places = elsewhere.SelectMany(c => c.Municipalities).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).ToList();
        return $" Wel in {DutchFormat.List(places.Count > 8 ? [.. places.Take(8), $"nog {places.Count - 8} gemeenten"] : places)}.";
    }

    private static AnswerDraft UnknownProvider(AnswerContext context) => Answered(ContractIntent.IsContracted,
        "De aanbieder die je noemt, staat niet in de contracten van deze regio, dus die is hier niet gecontracteerd. " +
        "Staat hij onder een andere naam op de contractenlijst, noem dan die naam." + Alternatives(context, []) + ContractText.ScopeNote(context.Subject),
        "Aanbieders");

    /// <summary>Helpful when the answer is no: who is contracted there for the products asked, or for those of the contract that ended.</summary>
    private static string Alternatives(AnswerContext context, IReadOnlyList<Contract> instead)
    {
        var codes = context.Subject.ProductCodes.Count > 0 ? ContractQueries.ProductCodes(context) : instead.Select(c => c.ProductCode).Distinct().ToList();
        if (codes.Count == 0) return "";
        var others = ContractQueries.InForce(context, new ContractFilter([], codes, context.Subject.Municipality))
            .Where(c => !context.Subject.Providers.Contains(c.Provider, StringComparer.OrdinalIgnoreCase)).ToList();
        return others.Count == 0
            ? $"\n\nVoor {ContractText.ProductNames(context, codes)} is {ContractText.Place(context.Subject)} nu geen andere aanbieder gecontracteerd"
              + (ContractQueries.InForce(context, new ContractFilter([], codes, context.Subject.Municipality)).Count == 0 ? ": het is daar niet ingekocht." : ".")
            : $"\n\nWel gecontracteerd {ContractText.Place(context.Subject)} voor {ContractText.ProductNames(context, others)}:" + ProviderLines(context, others);
    }

    private static AnswerDraft ContractDetails(AnswerContext context, ContractIntent intent, string heading, Func<Contract, string> detail)
    {
        var contracts = ContractQueries.InForce(context, context.Subject.Filter(withProducts: false))
            .Where(c => context.Subject.ProductCodes.Count == 0 || ContractQueries.ProductCodes(context).Contains(c.ProductCode, StringComparer.OrdinalIgnoreCase))
            // "het maandtarief voor BGI outputgericht": the variant named narrows, as the law does.
            .Where(c => context.Subject.DeliveryModel is not { } variant || c.DeliveryModel == variant).ToList();
        if (contracts.Count == 0)
            return NothingInForce(context, intent);
        var lines = contracts.Select(c => ContractText.Bullet($"{c.Provider}, {ContractText.Product(context.Guide, c.ProductCode)}: {detail(c)}"));
        return Answered(intent, $"{heading} {ContractText.Place(context.Subject)}:" + ContractText.Bullets(lines, context.Subject) + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    /// <summary>An uurtarief asked of a contract priced per maand says it has none, and what it has.</summary>
    private static string Tariff(AnswerContext context, Contract contract, string? askedUnit)
    {
        var terms = ContractText.Terms(context.Guide, contract);
        var unit = context.Guide.Product(contract.ProductCode)?.Unit;
        if (askedUnit is null || unit is null || string.Equals(unit, askedUnit, StringComparison.OrdinalIgnoreCase) || contract.Rate is null) return terms;
        var rekenwaarde = contract.DeliveryModel == Regions.DeliveryModel.TaskBased ? " (een rekenwaarde: taakgericht wordt niet per cliënt gedeclareerd)" : "";
        return $"geen {askedUnit}tarief; het tarief is {DutchFormat.Money(contract.Rate.Value)} per {unit}{rekenwaarde} ({terms})";
    }

    private static string EndDates(Contract contract) =>
        (contract.EndDate is { } end ? $"loopt t/m {DutchFormat.Date(end)}" : "geen einddatum vastgelegd")
        + (contract.MaxEndDate is { } max ? $" (max. einddatum {DutchFormat.Date(max)})" : "");

    // "Wie bel ik bij een crisis": the contact details of the few aanbieders contracted for it.
    private const int MaxContactsWithoutName = 3;

    private static AnswerDraft Contact(AnswerContext context)
    {
        var names = context.Subject.Providers.Count > 0 ? context.Subject.Providers : ProvidersFor(context);
        if (names.Count == 0 || names.Count > MaxContactsWithoutName)
            return context.Subject.ProductCodes.Count > 0 ? ProvidersForProduct(context) : ContractListAnswers.ProvidersForSpecialisation(context);
        var parts = names.Select(name => context.Guide.Provider(name)!).Select(p =>
            $"{p.Name}:" + string.Concat(new[]
            {
                p.ContactPerson is null ? null : $"contactpersoon {p.ContactPerson}",
                p.Phone is null ? null : $"telefoon {p.Phone}",
                p.Email is null ? null : $"e-mail {p.Email}",
                p.Website is null ? null : $"website {p.Website}",
                p.ContractManager is null ? null : $"contractmanager bij het inkoopteam: {p.ContractManager}",
            }.OfType<string>().Select(ContractText.Bullet)));
        return Answered(ContractIntent.Contact, string.Join("\n\n", parts), "Aanbieders");
    }

    /// <summary>The aanbieders contracted there for the products, or with the doelgroep or specialisatie, asked.</summary>
    private static List<string> ProvidersFor(AnswerContext context) =>
        ContractQueries.InForce(context, context.Subject.Filter(withProviders: false))
            .Where(c => context.Subject.ProductCodes.Count > 0 || context.Subject.Specialisations.Count > 0)
            .Where(c => ContractQueries.HasProfile(context, c.Provider))
            .Select(c => c.Provider).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    // "Wie is contractmanager voor de logeerhuizen": the contract managers of the few aanbieders contracted for it.
    private const int MaxManagersWithoutName = 6;

    private static AnswerDraft ContractManager(AnswerContext context)
    {
        var names = context.Subject.Providers.Count > 0 ? context.Subject.Providers : ProvidersFor(context);
        if (names.Count == 0 || names.Count > MaxManagersWithoutName)
            return new AnswerDraft("contract_manager", "Van welke aanbieder zoek je de contractmanager? Noem de naam van de aanbieder, dan zoek ik het op.", [], QuestionOutcome.Unanswered);
        var lines = names.Select(name => context.Guide.Provider(name)!)
            .Select(p => p.ContractManager is null
                ? $"Voor {p.Name} is geen contractmanager vastgelegd; vragen over het contract gaan naar het inkoopteam."
                : $"Met vragen over het contract met {p.Name} kun je terecht bij de contractmanager van het inkoopteam: {p.ContractManager}.");
        return Answered(ContractIntent.ContractManager, string.Join("\n", lines), "Aanbieders");
    }

    private static AnswerDraft ProviderSignal(AnswerContext context)
    {
        var managers = context.Subject.Providers.Select(name => context.Guide.Provider(name)!)
            .Where(p => p.ContractManager is not null).Select(p => $"{p.ContractManager} (contractmanager van {p.Name})").ToList();
        var text = "Dank je voor je signaal. Een aanbieder die zich niet aan de afspraken houdt, is werk voor contractmanagement van het inkoopteam"
                   + (managers.Count > 0 ? $": {DutchFormat.List(managers)}." : ".")
                   + " Ik zet je melding door naar het inkoopteam, zonder persoonsgegevens. Gaat het ook om de zorg voor een cliënt, bespreek die dan binnen je eigen team.";
        return new AnswerDraft(IntentNames.Of(ContractIntent.ProviderSignal), text, [ContractText.Guide("Aanbieders")], QuestionOutcome.Escalated, Escalate: true);
    }

    /// <summary>None in force; for an aanbieder whose contracts ended, when and who took over ("wie heeft de cliënten van X overgenomen").</summary>
    private static AnswerDraft NothingInForce(AnswerContext context, ContractIntent intent)
    {
        var ended = context.Subject.Providers.Count > 0 ? ContractQueries.Ended(context, context.Subject.Filter()) : [];
        return Answered(intent, $"Ik vind {ContractText.Place(context.Subject)} geen lopend contract{ForProviders(context)}{ContractText.ForProducts(context)}."
            + EndedNote(context, ended, "Beëindigd") + (ended.Count == 0 ? "" : Alternatives(context, ended)) + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    public static string ProviderLines(AnswerContext context, IReadOnlyList<Contract> contracts) =>
        ContractText.Bullets(contracts.OrderBy(c => c.Provider, StringComparer.CurrentCulture).Select(c => ContractText.Bullet(
            $"{c.Provider}: {ContractText.Terms(context.Guide, c)}{(context.Subject.Municipality is null ? $" ({ContractText.Municipalities(c)})" : "")}")), context.Subject);

    public static string ProductLines(AnswerContext context, IReadOnlyList<Contract> contracts) =>
        ContractText.Bullets(contracts.Select(c => ContractText.Bullet($"{ContractText.Product(context.Guide, c.ProductCode)}: {ContractText.Terms(context.Guide, c)}")), context.Subject);

    private static string ForProviders(AnswerContext context) =>
        context.Subject.Providers.Count == 0 ? "" : " van " + DutchFormat.List(context.Subject.Providers);

    public static AnswerDraft Answered(ContractIntent intent, string text, string section) =>
        new(IntentNames.Of(intent), text, [ContractText.Guide(section)], QuestionOutcome.Answered);
}
