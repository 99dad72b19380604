using System.Text.RegularExpressions;
using TeamBot.Core.Language;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>Answers about the productencatalogus: productcode, omschrijving, eenheid, wet, and the products under a law.</summary>
internal static partial class ProductAnswers
{
    public static AnswerDraft ProductCode(AnswerContext context)
    {
        var codes = context.Subject.ProductCodes.Count > 0
            ? ContractQueries.ProductCodes(context)
            : ContractQueries.InForce(context, context.Subject.Filter()).Select(c => c.ProductCode).Distinct().ToList();
        if (codes.Count == 0)
            return ContractAnswerer.Answered(ContractIntent.ProductCode, $"Ik vind {ContractText.Place(context.Subject)} geen lopend contract, dus ook geen productcode." + ContractText.ScopeNote(context.Subject), "Contracten");
        var lines = codes.Select(code => context.Guide.Product(code)!).Select(p => ContractText.Bullet($"{p.Code}: {p.Name}{LawNote(p)}"));
        return ContractAnswerer.Answered(ContractIntent.ProductCode, Abbreviations(context) + "Productcodes:" + ContractText.Bullets(lines, context.Subject), "Producten");
    }

    public static AnswerDraft ProductInfo(AnswerContext context)
    {
        var parts = Products(context).Select(p =>
            $"{p.Name} (productcode {p.Code}{(p.Law is null ? "" : $", {p.Law}")}): {p.Description ?? "geen omschrijving vastgelegd."}"
            + (p.Unit is null ? "" : $" Eenheid: {p.Unit}.") + (p.Segment is null ? "" : $" {p.Segment}."));
        return ContractAnswerer.Answered(ContractIntent.ProductInfo, Abbreviations(context) + string.Join("\n\n", parts), "Producten");
    }

    public static AnswerDraft Unit(AnswerContext context)
    {
        var lines = Products(context).Select(p => p.Unit is { Length: > 0 } unit
            ? $"De eenheid van {p.Name} ({p.Code}) is {unit}: toewijzing, tarief en declaratie gaan per {unit}."
            : $"Voor {p.Name} ({p.Code}) is geen eenheid vastgelegd.");
        return ContractAnswerer.Answered(ContractIntent.Unit, string.Join("\n", lines), "Producten");
    }

    public static AnswerDraft Law(AnswerContext context)
    {
        var lines = Products(context).Select(p => p.Law is { Length: > 0 } law
            ? $"{p.Name} ({p.Code}) valt onder de {law}."
            : $"Voor {p.Name} ({p.Code}) is niet vastgelegd onder welke wet het valt.");
        return ContractAnswerer.Answered(ContractIntent.Law, string.Join("\n", lines), "Producten");
    }

    /// <summary>The products of the catalogue, under the law named, in the segment or with the eenheid named, or the ones named.</summary>
    public static AnswerDraft ProductList(AnswerContext context, string? unit)
    {
        var segment = SegmentNumber().Match(context.RedactedQuestion) is { Success: true } m ? m.Groups[1].Value : null;
        var products = (context.Subject.ProductCodes.Count > 0 ? Products(context) : context.Guide.Data.Products)
            .Where(p => ContractQueries.IsUnderLaw(context, p.Code))
            .Where(p => unit is null || string.Equals(p.Unit, unit, StringComparison.OrdinalIgnoreCase))
            .Where(p => segment is null || p.Segment is { } s && SegmentNumber().Match(s) is { Success: true } own && own.Groups[1].Value == segment)
            .OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var under = (context.Subject.Law is { } law ? $" onder de {law}" : "") + (segment is null ? "" : $" in segment {segment}") + (unit is null ? "" : $" met eenheid {unit}");
        if (products.Count == 0)
            return ContractAnswerer.Answered(ContractIntent.ProductList, $"Ik vind in de productencatalogus geen producten{under}.", "Producten");
        var lines = products.Select(p => ContractText.Bullet($"{p.Code}: {p.Name}{(context.Subject.Law is null ? LawNote(p) : "")}"));
        return ContractAnswerer.Answered(ContractIntent.ProductList, $"Producten{under} ({products.Count}):" + ContractText.Bullets(lines, context.Subject), "Producten");
    }

    /// <summary>"EED staat voor ernstige enkelvoudige dyslexie." for each abbreviation the question uses.</summary>
    private static string Abbreviations(AnswerContext context)
    {
        var lines = TextFolding.Tokens(context.RedactedQuestion).Distinct()
            .Where(SynonymLexicon.Abbreviations.ContainsKey)
            .Select(token => $"{token.ToUpperInvariant()} staat voor {SynonymLexicon.Abbreviations[token][0]}.")
            .ToList();
        return lines.Count == 0 ? "" : string.Join(" ", lines) + "\n\n";
    }

    private static IEnumerable<Product> Products(AnswerContext context) =>
        ContractQueries.ProductCodes(context).Select(code => context.Guide.Product(code)!);

    private static string LawNote(Product product) => product.Law is null ? "" : $" ({product.Law})";

    [GeneratedRegex(@"\bsegment\s+(\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SegmentNumber();
}
