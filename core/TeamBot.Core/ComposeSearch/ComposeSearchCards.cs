using TeamBot.Core.Cards;
using TeamBot.Core.Formatting;
using TeamBot.Core.Regions;

namespace TeamBot.Core.ComposeSearch;

/// <summary>
/// The cards of the compose-box search: a result's preview and the contract card it inserts. They go into a chat with
/// colleagues or a family's network, so they carry no buttons of TeamBot's, only the aanbieder's website.
/// </summary>
public sealed class ComposeSearchCards(AdaptiveCardTemplates templates)
{
    public static ComposePreview Preview(ContractHit hit) =>
        new(hit.Contract.Provider, $"{hit.ProductName} ({hit.Contract.ProductCode})", string.Join(" · ", Terms(hit)));

    public RenderedCard Contract(ContractHit hit, DateOnly dataDate)
    {
        var provider = hit.Provider;
        return templates.Render("verwijsgids-contract", new
        {
            Header = new CardHeader("Verwijsgids"),
            Provider = hit.Contract.Provider,
            Product = $"{hit.ProductName} ({hit.Contract.ProductCode})",
            Facts = Facts(hit),
            Lines = Lines(hit),
            Footer = $"Uit de verwijsgids van TeamBot, stand {DutchFormat.Date(dataDate)}.",
            Website = WebsiteUrl(provider?.Website),
        });
    }

    /// <summary>The dialog of "Vraag TeamBot": the redacted message in an editable box (input <paramref name="inputId"/>).</summary>
    public RenderedCard AskDialog(string redactedQuestion, string inputId, int maxLength) => templates.Render("ask-dialog", new
    {
        Header = new CardHeader("Vraag uit een bericht"),
        InputId = inputId,
        MaxLength = maxLength,
        Question = redactedQuestion,
    });

    private static IEnumerable<string> Terms(ContractHit hit)
    {
        if (Rate(hit) is { } rate) yield return rate;
        if (hit.Contract.EndDate is { } end) yield return $"t/m {DutchFormat.Date(end)}";
        if (hit.Contract.DeliveryModel is { } model) yield return model.ToDutch();
        // Two contracts of one aanbieder for one product differ in perceel or gemeenten: the preview tells them apart.
        yield return hit.Contract.AllMunicipalities ? "alle gemeenten" : Municipalities(hit.Contract.Municipalities);
    }

    /// <summary>"Heerlen, Kerkrade en 5 andere": a preview line has room for a few names.</summary>
    private static string Municipalities(IReadOnlyList<string> names) =>
        names.Count <= PreviewMunicipalities
            ? DutchFormat.List(names)
            : $"{string.Join(", ", names.Take(PreviewMunicipalities - 1))} en {names.Count - (PreviewMunicipalities - 1)} andere";

    private const int PreviewMunicipalities = 3;

    private static string? Rate(ContractHit hit) =>
        hit.Contract.Rate is { } rate ? DutchFormat.Money(rate) + (hit.Product?.Unit is { Length: > 0 } unit ? $" per {unit}" : "") : null;

    private static List<CardFact> Facts(ContractHit hit)
    {
        var contract = hit.Contract;
        var facts = new List<CardFact>
        {
            new("Gemeenten", contract.AllMunicipalities ? "alle gemeenten" : DutchFormat.List(contract.Municipalities)),
        };
        if (contract.DeliveryModel is { } model) facts.Add(new("Uitvoering", model.ToDutch()));
        if (Rate(hit) is { } rate) facts.Add(new("Tarief", rate));
        if (contract.EndDate is { } end) facts.Add(new("Einddatum", DutchFormat.Date(end)));
        if (contract.MaxEndDate is { } max) facts.Add(new("Max. einddatum", DutchFormat.Date(max)));
        if (!string.IsNullOrWhiteSpace(contract.Lot)) facts.Add(new("Perceel", contract.Lot));
        if (hit.Product?.Law is { Length: > 0 } law) facts.Add(new("Wet", law));
        if (hit.Provider?.Phone is { Length: > 0 } phone) facts.Add(new("Telefoon", phone));
        return facts;
    }

    private static List<CardFact> Lines(ContractHit hit)
    {
        var lines = new List<CardFact>();
        if (hit.Provider?.Email is { Length: > 0 } email) lines.Add(new("E-mail", email));
        if (hit.Provider?.ContactPerson is { Length: > 0 } contact) lines.Add(new("Contactpersoon", contact));
        if (!string.IsNullOrWhiteSpace(hit.Contract.Remark)) lines.Add(new("Opmerking", hit.Contract.Remark));
        return lines;
    }

    /// <summary>Only a web address becomes a button; "www.x.nl" is read as https, anything else stays text.</summary>
    private static string? WebsiteUrl(string? website)
    {
        if (string.IsNullOrWhiteSpace(website)) return null;
        var candidate = website.Trim();
        if (!candidate.Contains("://", StringComparison.Ordinal)) candidate = "https://" + candidate;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Contains('.') ? uri.AbsoluteUri : null;
    }
}
