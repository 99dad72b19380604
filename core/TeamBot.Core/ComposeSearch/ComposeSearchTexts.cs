namespace TeamBot.Core.ComposeSearch;

/// <summary>What the compose box says instead of results, in Dutch.</summary>
public static class ComposeSearchTexts
{
    private const int ExcerptLength = 120;

    public const string Gone = "Dit contract staat niet meer in de verwijsgids. Zoek opnieuw voor wat er nu gecontracteerd is.";

    public const string NoQuestion = "Er staat geen tekst in dit bericht om aan TeamBot te vragen.";

    public static string NoResults(ComposeSearchResult result) => result.Basis switch
    {
        ComposeSearchBasis.NothingFound =>
            "Niets gevonden. Zoek op een aanbieder, product, productcode, gemeente of specialisatie, bijvoorbeeld \"pleegzorg\", \"BGI\" of \"autisme\" met de naam van je gemeente erachter.",
        _ when result.Municipality is { } municipality => $"Geen lopende contracten gevonden in {municipality}. Zoek zonder gemeente of kies in de instellingen een andere.",
        _ => "Geen lopende contracten gevonden.",
    };

    /// <summary>The first words of an answer, for the one-line preview of its card.</summary>
    public static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : flat[..ExcerptLength].TrimEnd() + "…";
    }
}
