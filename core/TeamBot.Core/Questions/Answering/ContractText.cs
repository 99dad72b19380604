using TeamBot.Core.Formatting;
using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>The Dutch phrases contract answers are made of, in one place so every answer reads alike.</summary>
internal static class ContractText
{
    public static string Product(ReferralGuideSnapshot guide, string code) =>
        guide.Product(code) is { } product ? $"{product.Name} ({product.Code})" : code;

    public static string Place(QuestionSubject subject) =>
        subject.Municipality is null ? "in de regio" : $"in {subject.Municipality}";

    /// <summary>Said when no gemeente was named and the asker's is unknown.</summary>
    public static string ScopeNote(QuestionSubject subject) => subject.MunicipalitySource switch
    {
        MunicipalitySource.WholeRegion => "\n\nJe gemeente is niet bekend en je noemde er geen, dus dit geldt voor de hele regio.",
        MunicipalitySource.Asker => $"\n\n(Antwoord voor jouw gemeente {subject.Municipality}; noem een andere gemeente om daar te kijken.)",
        _ => "",
    };

    /// <summary>"inspanningsgericht, € 72,50 per uur, t/m 31-12-2028".</summary>
    public static string Terms(ReferralGuideSnapshot guide, Contract contract)
    {
        var parts = new List<string>();
        if (contract.DeliveryModel is { } model) parts.Add(model.ToDutch());
        if (contract.Rate is { } rate) parts.Add($"{DutchFormat.Money(rate)}{PerUnit(guide, contract)}");
        if (contract.EndDate is { } end) parts.Add($"t/m {DutchFormat.Date(end)}");
        return string.Join(", ", parts);
    }

    /// <summary>" (doelgroep of specialisatie autisme)" when the question narrows by one.</summary>
    public static string ProfileNote(QuestionSubject subject) =>
        subject.Specialisations.Count == 0 ? "" : $" (aanbieders met doelgroep of specialisatie {DutchFormat.List(subject.Specialisations, "of")})";

    public static AnswerSource Guide(string section) => new(AnswerSourceKind.ReferralGuide, "Verwijsgids", section);

    /// <summary>"Pleegzorg (44A01) en Deeltijdpleegzorg (44A02)": each product once.</summary>
    public static string ProductNames(AnswerContext context, IEnumerable<Contract> contracts) =>
        ProductNames(context, contracts.Select(c => c.ProductCode));

    public static string ProductNames(AnswerContext context, IEnumerable<string> codes) =>
        DutchFormat.List(codes.Distinct(StringComparer.OrdinalIgnoreCase).Select(code => Product(context.Guide, code)).ToList());

    /// <summary>" voor Pleegzorg (44A01)" for the products asked (under the law asked), or nothing.</summary>
    public static string ForProducts(AnswerContext context) =>
        context.Subject.ProductCodes.Count == 0 ? "" : " voor " + ProductNames(context, ContractQueries.ProductCodes(context));

    public static string Municipalities(Contract contract) =>
        contract.AllMunicipalities ? "alle gemeenten" : DutchFormat.List(contract.Municipalities);

    public static string Bullet(string text) => "\n- " + text;

    /// <summary>One card stays readable: past this many lines the rest is counted, with the filter that narrows it.</summary>
    public const int MaxListed = 20;

    /// <summary>Bullet lines, at most <see cref="MaxListed"/>, then how many more and which filter would narrow them.</summary>
    public static string Bullets(IEnumerable<string> bulletLines, QuestionSubject subject)
    {
        var lines = bulletLines.ToList();
        if (lines.Count <= MaxListed) return string.Concat(lines);
        return string.Concat(lines.Take(MaxListed)) + $"\n… en nog {lines.Count - MaxListed}. {NarrowingHint(subject)}";
    }

    private static string NarrowingHint(QuestionSubject subject)
    {
        var filters = new List<string>();
        if (subject.MunicipalitySource is MunicipalitySource.WholeRegion) filters.Add("een gemeente");
        if (subject.ProductCodes.Count == 0) filters.Add("een product");
        if (subject.Providers.Count == 0) filters.Add("een aanbieder");
        return filters.Count == 0
            ? "Stel de vraag preciezer om de rest te zien."
            : $"Noem {DutchFormat.List(filters, "of")} om de lijst korter te maken.";
    }

    private static string PerUnit(ReferralGuideSnapshot guide, Contract contract) =>
        guide.Product(contract.ProductCode)?.Unit is { Length: > 0 } unit ? $" per {unit}" : "";
}
