using System.Text;
using TeamBot.Core.Formatting;
using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// Answers structured contract questions straight from the region data. Lists only contracts in force
/// on the day asked, so no ended or uncontracted aanbieder is ever offered as an option.
/// </summary>
internal static class ContractAnswerer
{
    public static AnswerDraft? Answer(ContractIntent intent, AnswerContext context) => intent switch
    {
        ContractIntent.ProvidersForProduct => ProvidersForProduct(context),
        ContractIntent.ProvidersForSpecialisation => ProvidersForSpecialisation(context),
        ContractIntent.IsContracted => IsContracted(context),
        ContractIntent.Tariff => ContractDetails(context, intent, "Tarieven", c => ContractText.Terms(context.Guide, c)),
        ContractIntent.DeliveryModel => ContractDetails(context, intent, "Uitvoeringsvarianten", c => c.DeliveryModel?.ToDutch() ?? "geen uitvoeringsvariant vastgelegd"),
        ContractIntent.EndDate => ContractDetails(context, intent, "Looptijden", EndDates),
        ContractIntent.ProductCode => ProductCode(context),
        ContractIntent.ProductInfo => ProductInfo(context),
        ContractIntent.ProviderProducts => ContractDetails(context, intent, "Gecontracteerde producten", c => ContractText.Terms(context.Guide, c)),
        ContractIntent.Contact => Contact(context),
        ContractIntent.ContractManager => ContractManager(context),
        ContractIntent.EndedContracts => EndedContracts(context),
        ContractIntent.ProviderSignal => ProviderSignal(context),
        _ => null,
    };

    /// <summary>A family of products ("begeleiding groep") lists only the members contracted there, unless none is.</summary>
    private static AnswerDraft ProvidersForProduct(AnswerContext context)
    {
        var byProduct = context.Subject.ProductCodes
            .Select(code => (Code: code, Contracts: InForce(context, new ContractFilter([], [code], context.Subject.Municipality))))
            .ToList();
        var contracted = byProduct.Where(p => p.Contracts.Count > 0).ToList();
        if (contracted.Count == 0)
        {
            var names = DutchFormat.List(byProduct.Select(p => ContractText.Product(context.Guide, p.Code)).ToList());
            return Answered(ContractIntent.ProvidersForProduct, $"Voor {names} is {ContractText.Place(context.Subject)} geen aanbieder gecontracteerd." + ContractText.ScopeNote(context.Subject), "Contracten");
        }
        var blocks = contracted.Select(p =>
            $"Gecontracteerd {ContractText.Place(context.Subject)} voor {ContractText.Product(context.Guide, p.Code)}:" + ProviderLines(context, p.Contracts));
        return Answered(ContractIntent.ProvidersForProduct, string.Join("\n\n", blocks) + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    private static AnswerDraft ProvidersForSpecialisation(AnswerContext context)
    {
        var text = new StringBuilder();
        foreach (var specialisation in context.Subject.Specialisations)
        {
            var lines = context.Guide.ProvidersWithSpecialisation(specialisation)
                .Select(p => (Provider: p, Contracts: InForce(context, new ContractFilter([p.Name], [], context.Subject.Municipality))))
                .Where(p => p.Contracts.Count > 0)
                .Select(p => ContractText.Bullet($"{p.Provider.Name}: {DutchFormat.List(p.Contracts.Select(c => ContractText.Product(context.Guide, c.ProductCode)).Distinct().ToList())}"))
                .ToList();
            text.Append(text.Length > 0 ? "\n\n" : "");
            text.Append(lines.Count == 0
                ? $"Er is {ContractText.Place(context.Subject)} geen gecontracteerde aanbieder met de specialisatie {specialisation}."
                : $"Gecontracteerde aanbieders {ContractText.Place(context.Subject)} met de specialisatie {specialisation}:" + ContractText.Bullets(lines, context.Subject));
        }
        return Answered(ContractIntent.ProvidersForSpecialisation, text + ContractText.ScopeNote(context.Subject), "Aanbieders");
    }

    private static AnswerDraft IsContracted(AnswerContext context)
    {
        if (context.Subject.Providers.Count == 0) return UnknownProvider(context);
        var text = new StringBuilder();
        foreach (var provider in context.Subject.Providers)
        {
            text.Append(text.Length > 0 ? "\n\n" : "");
            text.Append(IsContracted(context, provider));
        }
        return Answered(ContractIntent.IsContracted, text + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    private static string IsContracted(AnswerContext context, string provider)
    {
        var filter = new ContractFilter([provider], context.Subject.ProductCodes, context.Subject.Municipality);
        var contracts = InForce(context, filter);
        if (contracts.Count > 0)
            return $"Ja, {provider} is {ContractText.Place(context.Subject)} gecontracteerd voor:" + ProductLines(context, contracts);
        var ended = context.Guide.EndedContracts(context.Today, filter).ToList();
        var answer = ended.Count > 0
            ? $"Nee, het contract van {provider} voor {ProductNames(context, ended)} is beëindigd per {DutchFormat.Date(ended.Max(c => c.EndDate))}."
            : $"Nee, {provider} is {ContractText.Place(context.Subject)} niet gecontracteerd{ForProducts(context)}.";
        return answer + Alternatives(context);
    }

    private static AnswerDraft UnknownProvider(AnswerContext context) => Answered(ContractIntent.IsContracted,
        "De aanbieder die je noemt, staat niet in de contracten van deze regio, dus die is hier niet gecontracteerd. " +
        "Staat hij onder een andere naam op de contractenlijst, noem dan die naam." + Alternatives(context) + ContractText.ScopeNote(context.Subject),
        "Aanbieders");

    /// <summary>Helpful when the answer is no: who is contracted for the same product there.</summary>
    private static string Alternatives(AnswerContext context)
    {
        if (context.Subject.ProductCodes.Count == 0) return "";
        var others = InForce(context, new ContractFilter([], context.Subject.ProductCodes, context.Subject.Municipality));
        return others.Count == 0 ? "" : $"\n\nWel gecontracteerd {ContractText.Place(context.Subject)} voor {ProductNames(context, others)}:" + ProviderLines(context, others);
    }

    private static AnswerDraft ContractDetails(AnswerContext context, ContractIntent intent, string heading, Func<Contract, string> detail)
    {
        var contracts = InForce(context, context.Subject.Filter());
        if (contracts.Count == 0)
            return NothingInForce(context, intent);
        var lines = contracts.Select(c => ContractText.Bullet($"{c.Provider}, {ContractText.Product(context.Guide, c.ProductCode)}: {detail(c)}"));
        return Answered(intent, $"{heading} {ContractText.Place(context.Subject)}:" + ContractText.Bullets(lines, context.Subject) + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    private static string EndDates(Contract contract) =>
        (contract.EndDate is { } end ? $"loopt t/m {DutchFormat.Date(end)}" : "geen einddatum vastgelegd")
        + (contract.MaxEndDate is { } max ? $" (max. einddatum {DutchFormat.Date(max)})" : "");

    private static AnswerDraft ProductCode(AnswerContext context)
    {
        var codes = context.Subject.ProductCodes.Count > 0
            ? context.Subject.ProductCodes
            : InForce(context, context.Subject.Filter()).Select(c => c.ProductCode).Distinct().ToList();
        if (codes.Count == 0) return NothingInForce(context, ContractIntent.ProductCode);
        var lines = codes.Select(code => context.Guide.Product(code)!).Select(p => ContractText.Bullet($"{p.Code}: {p.Name}{(p.Law is null ? "" : $" ({p.Law})")}"));
        return Answered(ContractIntent.ProductCode, "Productcodes:" + ContractText.Bullets(lines, context.Subject), "Producten");
    }

    private static AnswerDraft ProductInfo(AnswerContext context)
    {
        var parts = context.Subject.ProductCodes.Select(code => context.Guide.Product(code)!).Select(p =>
            $"{p.Name} (productcode {p.Code}{(p.Law is null ? "" : $", {p.Law}")}): {p.Description ?? "geen omschrijving vastgelegd."}"
            + (p.Unit is null ? "" : $" Eenheid: {p.Unit}.") + (p.Segment is null ? "" : $" {p.Segment}."));
        return Answered(ContractIntent.ProductInfo, string.Join("\n\n", parts), "Producten");
    }

    private static AnswerDraft Contact(AnswerContext context)
    {
        var parts = context.Subject.Providers.Select(name => context.Guide.Provider(name)!).Select(p =>
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

    private static AnswerDraft ContractManager(AnswerContext context)
    {
        if (context.Subject.Providers.Count == 0)
            return new AnswerDraft("contract_manager", "Van welke aanbieder zoek je de contractmanager? Noem de naam van de aanbieder, dan zoek ik het op.", [], QuestionOutcome.Unanswered);
        var lines = context.Subject.Providers.Select(name => context.Guide.Provider(name)!)
            .Select(p => p.ContractManager is null ? $"Voor {p.Name} is geen contractmanager vastgelegd." : $"De contractmanager van {p.Name} is {p.ContractManager}.");
        return Answered(ContractIntent.ContractManager, string.Join("\n", lines), "Aanbieders");
    }

    private static AnswerDraft EndedContracts(AnswerContext context)
    {
        var ended = context.Guide.EndedContracts(context.Today, context.Subject.Filter()).ToList();
        if (ended.Count == 0)
            return Answered(ContractIntent.EndedContracts, $"Ik vind {ContractText.Place(context.Subject)} geen beëindigde contracten{ForProducts(context)}." + ContractText.ScopeNote(context.Subject), "Contracten");
        var lines = ended.Select(c => ContractText.Bullet(
            $"{c.Provider}, {ContractText.Product(context.Guide, c.ProductCode)} ({ContractText.Municipalities(c)}): beëindigd per {DutchFormat.Date(c.EndDate)}{(c.Remark is null ? "" : $" ({c.Remark})")}"));
        return Answered(ContractIntent.EndedContracts, $"Beëindigde contracten {ContractText.Place(context.Subject)}:" + ContractText.Bullets(lines, context.Subject) + ContractText.ScopeNote(context.Subject), "Contracten");
    }

    private static AnswerDraft ProviderSignal(AnswerContext context)
    {
        var managers = context.Subject.Providers.Select(name => context.Guide.Provider(name)!)
            .Where(p => p.ContractManager is not null).Select(p => $"{p.ContractManager} (contractmanager van {p.Name})").ToList();
        var text = "Dank je voor je signaal. Een aanbieder die zich niet aan de afspraken houdt, is werk voor contractmanagement van het inkoopteam"
                   + (managers.Count > 0 ? $": {DutchFormat.List(managers)}." : ".")
                   + " Ik zet je melding door naar het inkoopteam, zonder persoonsgegevens. Gaat het ook om de zorg voor een cliënt, bespreek die dan binnen je eigen team.";
        return new AnswerDraft(IntentNames.Of(ContractIntent.ProviderSignal), text, [Guide("Aanbieders")], QuestionOutcome.Escalated, Escalate: true);
    }

    private static AnswerDraft NothingInForce(AnswerContext context, ContractIntent intent) =>
        Answered(intent, $"Ik vind {ContractText.Place(context.Subject)} geen lopend contract{ForProviders(context)}{ForProducts(context)}." + ContractText.ScopeNote(context.Subject), "Contracten");

    private static List<Contract> InForce(AnswerContext context, ContractFilter filter) =>
        context.Guide.ContractsInForce(context.Today, filter).ToList();

    private static string ProviderLines(AnswerContext context, IReadOnlyList<Contract> contracts) =>
        ContractText.Bullets(contracts.OrderBy(c => c.Provider, StringComparer.CurrentCulture).Select(c => ContractText.Bullet(
            $"{c.Provider}: {ContractText.Terms(context.Guide, c)}{(context.Subject.Municipality is null ? $" ({ContractText.Municipalities(c)})" : "")}")), context.Subject);

    private static string ProductLines(AnswerContext context, IReadOnlyList<Contract> contracts) =>
        ContractText.Bullets(contracts.Select(c => ContractText.Bullet($"{ContractText.Product(context.Guide, c.ProductCode)}: {ContractText.Terms(context.Guide, c)}")), context.Subject);

    private static string ProductNames(AnswerContext context, IEnumerable<Contract> contracts) =>
        DutchFormat.List(contracts.Select(c => ContractText.Product(context.Guide, c.ProductCode)).Distinct().ToList());

    private static string ForProducts(AnswerContext context) =>
        context.Subject.ProductCodes.Count == 0 ? "" : " voor " + DutchFormat.List(context.Subject.ProductCodes.Select(c => ContractText.Product(context.Guide, c)).ToList());

    private static string ForProviders(AnswerContext context) =>
        context.Subject.Providers.Count == 0 ? "" : " van " + DutchFormat.List(context.Subject.Providers);

    private static AnswerDraft Answered(ContractIntent intent, string text, string section) =>
        new(IntentNames.Of(intent), text, [Guide(section)], QuestionOutcome.Answered);

    private static AnswerSource Guide(string section) => new(AnswerSourceKind.ReferralGuide, "Verwijsgids", section);
}
