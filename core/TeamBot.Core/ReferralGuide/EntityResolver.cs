using System.Text.RegularExpressions;
using TeamBot.Core.Language;
using TeamBot.Core.Questions.Redaction;
using TeamBot.Core.Regions;

namespace TeamBot.Core.ReferralGuide;

/// <summary>
/// Finds the aanbieders, producten, gemeenten and specialisaties a question names, tolerant of case,
/// abbreviations (BGI, EED, GGZ), partial names ("Radar"), small typos and synonyms (logeeropvang).
/// </summary>
public sealed partial class EntityResolver
{
    // Words that say nothing about which aanbieder or product is meant, so never identify one alone.
    private static readonly HashSet<string> GenericWords =
    [
        "stichting", "bv", "b", "v", "ua", "u", "a", "nv", "vof", "holding", "zorg", "jeugd", "jeugdzorg", "jeugdhulp", "groep",
        "centrum", "limburg", "zuid", "noord", "heuvelland", "mergelland", "opvoeding", "begeleiding", "individueel",
        "specialistisch", "regulier", "behandeling", "intensief", "basis", "en", "de", "het", "van", "voor", "co", "zin",
        "pgb", "wmo", "jeugdwet", "team", "punt", "huis", "verder", "maas", "kortdurende", "uitvoering", "assist", "consultancy",
    ];

    private readonly AliasIndex _aliases = new();

    public EntityResolver(RegionData data)
    {
        foreach (var municipality in data.Municipalities) AddMunicipality(municipality);
        foreach (var product in data.Products) AddProduct(product, data.Products);
        foreach (var provider in data.Providers) AddProvider(provider, data);
        foreach (var specialisation in data.Providers.SelectMany(p => p.Specialisations).Distinct(StringComparer.OrdinalIgnoreCase))
            _aliases.Add(EntityKind.Specialisation, specialisation.ToLowerInvariant(), specialisation);
    }

    public IReadOnlyList<EntityMatch> Resolve(string question)
    {
        var tokens = ExpandSynonyms(TextFolding.Tokens(question));
        var matches = new List<EntityMatch>();
        for (var start = 0; start < tokens.Count;)
            start += MatchAt(tokens, start, matches);
        return matches;
    }

    /// <summary>Longest alias first, so "valkenburg aan de geul" is one gemeente and names inside an aanbieder's name are not.</summary>
    private int MatchAt(List<string> tokens, int start, List<EntityMatch> matches)
    {
        for (var length = Math.Min(AliasIndex.MaxPhraseTokens, tokens.Count - start); length >= 1; length--)
        {
            var targets = _aliases.Exact(string.Join(' ', tokens.Skip(start).Take(length)));
            if (targets is null) continue;
            matches.AddRange(targets.Select(t => new EntityMatch(t.Kind, t.Key, start, length, 1.0)));
            return length;
        }
        if (!IsOrdinaryWord(tokens[start]) && _aliases.Approximate(tokens[start]) is { } approximate)
            matches.AddRange(approximate.Targets.Select(t => new EntityMatch(t.Kind, t.Key, start, 1, approximate.Exactness)));
        return 1;
    }

    /// <summary>Appends the catalogue phrase of every synonym typed, after a separator no alias contains, so both can match.</summary>
    /// <summary>
    /// "Pleegzorg Mergelland" is not meant by "pleegzorg", nor "Logeerhuis De Vlinder" by "logeerhuis":
    /// a word that names a gemeente, a product or a synonym only identifies an aanbieder within its full name.
    /// </summary>
    private bool NamesSomethingElse(string word, RegionData data) =>
        data.Municipalities.Any(m => TextFolding.Tokens(m.Name).Contains(word))
        || _aliases.Exact(word) is { } targets && targets.Any(t => t.Kind == EntityKind.Product)
        || SynonymLexicon.ProductPhrases.ContainsKey(word);

    /// <summary>Only unusual words are read as typos or partial names: "gezin" is a word, not a short "Gezinshuizen".</summary>
    private static bool IsOrdinaryWord(string token) =>
        GenericWords.Contains(token) || RedactionLexicon.ShippedCommonWords.Contains(token);

    private static List<string> ExpandSynonyms(string[] tokens)
    {
        var text = " " + string.Join(' ', tokens) + " ";
        var expanded = new List<string>(tokens);
        foreach (var (typed, catalogue) in SynonymLexicon.ProductPhrases)
            if (text.Contains(" " + typed + " ", StringComparison.Ordinal))
                expanded.AddRange(["|", .. catalogue.Split(' ')]);
        return expanded;
    }

    private void AddMunicipality(Municipality municipality)
    {
        _aliases.Add(EntityKind.Municipality, municipality.Name, municipality.Name);
        foreach (var word in DistinctiveWords(municipality.Name, 4))
            _aliases.Add(EntityKind.Municipality, municipality.Name, word);
    }

    private void AddProvider(Provider provider, RegionData data)
    {
        _aliases.Add(EntityKind.Provider, provider.Name, provider.Name);
        var withoutLegalForm = LegalForm().Replace(provider.Name, " ");
        _aliases.Add(EntityKind.Provider, provider.Name, withoutLegalForm);
        foreach (Match abbreviation in Parenthesised().Matches(provider.Name))
            _aliases.Add(EntityKind.Provider, provider.Name, abbreviation.Groups[1].Value);
        foreach (var word in DistinctiveWords(withoutLegalForm, 4).Where(w => !NamesSomethingElse(w, data)))
            _aliases.Add(EntityKind.Provider, provider.Name, word);
        foreach (Match acronym in Acronym().Matches(provider.Name))
            _aliases.Add(EntityKind.Provider, provider.Name, acronym.Value);
    }

    private void AddProduct(Product product, IReadOnlyList<Product> all)
    {
        _aliases.Add(EntityKind.Product, product.Code, product.Code);
        _aliases.Add(EntityKind.Product, product.Code, product.Name);
        var withoutParentheses = Parenthesised().Replace(product.Name, " ");
        _aliases.Add(EntityKind.Product, product.Code, withoutParentheses);
        AddNamePrefixes(product, withoutParentheses);
        foreach (Match inner in Parenthesised().Matches(product.Name))
            AddAbbreviation(product, inner.Groups[1].Value);
        foreach (var word in DistinctiveWords(product.Name, 5).Where(w => CountProductsNaming(all, w) <= 3))
            _aliases.Add(EntityKind.Product, product.Code, word);
        foreach (Match acronym in Acronym().Matches(product.Name).Where(a => a.Value != "ZIN"))
            _aliases.Add(EntityKind.Product, product.Code, acronym.Value);
    }

    /// <summary>"Begeleiding groep jeugd" also answers to "begeleiding groep": the family of products a toegang names.</summary>
    private void AddNamePrefixes(Product product, string name)
    {
        var words = TextFolding.Tokens(name);
        for (var length = 2; length < words.Length; length++)
            _aliases.Add(EntityKind.Product, product.Code, string.Join(' ', words.Take(length)));
    }

    /// <summary>"(BGG-ZIN ouderen)" gives "bgg zin ouderen", "bgg ouderen" and "bgg".</summary>
    private void AddAbbreviation(Product product, string inner)
    {
        _aliases.Add(EntityKind.Product, product.Code, inner);
        var words = TextFolding.Tokens(inner).Where(w => w != "zin").ToList();
        if (words.Count == 0) return;
        _aliases.Add(EntityKind.Product, product.Code, string.Join(' ', words));
        if (words[0].Length <= 4) _aliases.Add(EntityKind.Product, product.Code, words[0]);
    }

    private static int CountProductsNaming(IReadOnlyList<Product> all, string word) =>
        all.Count(p => TextFolding.Tokens(p.Name).Contains(word));

    private static IEnumerable<string> DistinctiveWords(string name, int minLength) =>
        TextFolding.Tokens(name).Where(w => w.Length >= minLength && !GenericWords.Contains(w) && !w.All(char.IsDigit));

    [GeneratedRegex(@"\b(stichting|b\.?v\.?|u\.?a\.?|n\.?v\.?)(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LegalForm();

    // GGZ, MST, EED, SGL: abbreviations people type on their own.
    [GeneratedRegex(@"\b[A-Z]{2,6}\b")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\(([^)]*)\)")]
    private static partial Regex Parenthesised();
}
