using TeamBot.Core.Cards;
using TeamBot.Core.Digest;
using TeamBot.Core.Formatting;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Core.Alerts;

/// <summary>The change alert card: per change what changed and from when, and who is contracted instead.</summary>
public sealed class ChangeAlertCards(AdaptiveCardTemplates templates, RegionCalendar calendar)
{
    public const int MaxChanges = 10;

    public RenderedCard Render(ImportRecord import, IReadOnlyList<ContractChange> changes, RegionData data, string? municipality, int lookbackDays) =>
        templates.Render("alert", new
        {
            Header = new CardHeader("Melding"),
            Title = changes.Count == 1 ? "Een contract waar je naar vroeg is gewijzigd" : "Contracten waar je naar vroeg zijn gewijzigd",
            Changes = changes.Take(MaxChanges).Select(c => Change(c, import, data, municipality)).ToList(),
            More = changes.Count > MaxChanges ? $"En nog {changes.Count - MaxChanges} andere wijzigingen; vraag ernaar in de chat." : null,
            Footer = $"Je krijgt dit bericht omdat je de afgelopen {lookbackDays} dagen een vraag stelde over " +
                     (changes.Count == 1 ? "deze aanbieder of dit product. " : "deze aanbieders of producten. ") +
                     "Typ \"meldingen uit\" als je deze meldingen niet meer wilt krijgen.",
        });

    private object Change(ContractChange change, ImportRecord import, RegionData data, string? municipality)
    {
        var product = data.Products.FirstOrDefault(p => string.Equals(p.Code, change.ProductCode, StringComparison.OrdinalIgnoreCase));
        var productName = product is null ? change.ProductCode : $"{product.Name} ({change.ProductCode})";
        return new
        {
            Title = $"{(change.Kind == ContractChangeKind.Ended ? "Beëindigd" : "Gewijzigd")}: {change.Provider}, {productName}",
            Detail = change.Kind == ContractChangeKind.Ended
                ? Capitalised(change.Detail) + "."
                : $"In de verwijsgids van {DutchFormat.LongDate(calendar.DateOf(import.ImportedAt))} gewijzigd: {change.Detail}.",
            Instead = Instead(change, data, municipality, product?.Name ?? change.ProductCode),
        };
    }

    /// <summary>Who else is contracted for the product today, in the asker's gemeente when it is known.</summary>
    private string Instead(ContractChange change, RegionData data, string? municipality, string productName)
    {
        var today = calendar.Today;
        var others = data.Contracts
            .Where(c => string.Equals(c.ProductCode, change.ProductCode, StringComparison.OrdinalIgnoreCase)
                        && !string.Equals(c.Provider, change.Provider, StringComparison.OrdinalIgnoreCase)
                        && c.IsInForceOn(today) && (municipality is null || DigestContracts.Covers(c, municipality)))
            .Select(c => c.Provider).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var where = municipality is null ? "in de regio" : $"in {municipality}";
        return others.Count == 0
            ? $"Voor {productName} is {where} geen andere aanbieder gecontracteerd. Vraag het inkoopteam als je een alternatief zoekt."
            : $"Ook gecontracteerd voor {productName} {where}: {DutchFormat.List(others)}.";
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
