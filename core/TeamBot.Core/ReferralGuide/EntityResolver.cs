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

    // A name cut off after one of these is no name: "Logeerhuis De".
    private static readonly HashSet<string> LinkWords = ["de", "het", "en", "van", "voor", "t", "der", "den", "in", "aan", "op", "b", "v", "u", "a"];

    private readonly AliasIndex _aliases = new();
    private readonly ProfileTerms _profileTerms;
    private readonly Dictionary<string, Product> _productsByCode;
    private readonly Dictionary<string, string[]> _productNameWords;

    public EntityResolver(RegionData data)
    {
        foreach (var municipality in data.Municipalities) AddMunicipality(municipality);
        foreach (var region in data.RegionNames) AddRegion(region);
        foreach (var product in data.Products) AddProduct(product, data.Products);
        _productsByCode = data.Products.DistinctBy(p => p.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        _productNameWords = _productsByCode.Values.ToDictionary(p => p.Code, p => TextFolding.Tokens(p.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var provider in data.Providers) AddProvider(provider, data);
        _profileTerms = new ProfileTerms(data.Providers.SelectMany(p => p.Specialisations.Concat(p.TargetGroups)), GenericWords.Contains);
        foreach (var term in _profileTerms.All)
            _aliases.Add(EntityKind.Specialisation, term, term);
    }

    public IReadOnlyList<EntityMatch> Resolve(string question)
    {
        var typed = TextFolding.Tokens(question);
        var matches = MatchAll(typed);
        // All phrases of one synonym or abbreviation typed are weighed together, so its law can choose among them.
        foreach (var typedWord in Expansions(typed).Where(e => !IsInsideName(matches, e.Start, e.Count)).GroupBy(e => (e.Start, e.Count, e.Law)))
        {
            // What a synonym stands for names a product or a doelgroep, never an aanbieder that happens to carry the word.
            var expanded = typedWord.SelectMany(e => MatchAll(e.Tokens)).Where(m => m.Kind is EntityKind.Product or EntityKind.Specialisation).ToList();
            expanded = NarrowedByTypedWord(UnderLaw(expanded, typedWord.Key.Law), typed, typedWord.Key.Start, typedWord.Key.Count);
            matches.AddRange(expanded.Select(m => m with { TokenStart = typedWord.Key.Start, TokenCount = typedWord.Key.Count }));
        }
        // "Deeltijdpleegzorg" is a product and the specialisatie of its aanbieder: asked, it is the product.
        matches.RemoveAll(m => m.Kind == EntityKind.Specialisation && matches.Any(p => p.Kind == EntityKind.Product && Overlaps(p, m.TokenStart, m.TokenCount)));
        // Words already part of a name ("ouderen" in "BGG ouderen") tell no doelgroep.
        var free = typed.Where((_, i) => !matches.Any(m => Overlaps(m, i, 1))).ToList();
        matches.AddRange(_profileTerms.CloseForms(free).Where(term => !matches.Any(m => m.Kind == EntityKind.Specialisation && m.Key == term))
            .Select(term => new EntityMatch(EntityKind.Specialisation, term, 0, 0, 0.9)));
        return matches;
    }

    private List<EntityMatch> MatchAll(string[] tokens)
    {
        var matches = new List<EntityMatch>();
        for (var start = 0; start < tokens.Length;)
            start += MatchAt(tokens, start, matches);
        return matches;
    }

    private static bool Overlaps(EntityMatch match, int start, int count) =>
        match.TokenCount > 0 && start < match.TokenStart + match.TokenCount && match.TokenStart < start + count;

    /// <summary>"ggz" in "Kompas Jeugd-GGZ Limburg" is part of a name, not a product of its own.</summary>
    private static bool IsInsideName(List<EntityMatch> matches, int start, int count) =>
        matches.Any(m => m.Kind != EntityKind.Specialisation && Overlaps(m, start, count));

    /// <summary>Longest alias first, so "valkenburg aan de geul" is one gemeente and names inside an aanbieder's name are not.</summary>
    private int MatchAt(string[] tokens, int start, List<EntityMatch> matches)
    {
        for (var length = Math.Min(AliasIndex.MaxPhraseTokens, tokens.Length - start); length >= 1; length--)
        {
            var targets = _aliases.Preferred(string.Join(' ', tokens.Skip(start).Take(length)));
            if (targets is null) continue;
            matches.AddRange(targets.Select(t => new EntityMatch(t.Kind, t.Key, start, length, 1.0)));
            return length;
        }
        if (IsOrdinaryWord(tokens[start])) return 1;
        if (ContractOf(tokens[start]) is { Count: > 0 } contracted)
        {
            matches.AddRange(contracted.Select(t => new EntityMatch(t.Kind, t.Key, start, 1, 1.0)));
            return 1;
        }
        if (_aliases.Approximate(tokens[start]) is { } approximate)
            matches.AddRange(approximate.Targets.Select(t => new EntityMatch(t.Kind, t.Key, start, 1, approximate.Exactness)));
        else if (_aliases.CompoundHead(tokens[start], EntityKind.Product) is { } head)
            matches.AddRange(head.Targets.Select(t => new EntityMatch(t.Kind, t.Key, start, 1, head.Exactness)));
        return 1;
    }

    private static readonly string[] ContractSuffixes = ["contracten", "contract"];

    /// <summary>"crisiscontract", "NAH-contract": the product or doelgroep its head names; empty when the head names neither.</summary>
    private List<(EntityKind Kind, string Key)> ContractOf(string token)
    {
        var suffix = ContractSuffixes.FirstOrDefault(s => token.Length >= s.Length + 3 && token.EndsWith(s, StringComparison.Ordinal));
        if (suffix is null || _aliases.Exact(token[..^suffix.Length]) is not { } targets) return [];
        return targets.Where(t => t.Kind is EntityKind.Product or EntityKind.Specialisation).ToList();
    }

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

    /// <summary>
    /// What a synonym or an abbreviation typed stands for, with where it was typed. An abbreviation the region's own
    /// names carry ("bgi" in "BGI-ZIN") is left to them; elsewhere its spelled-out phrases stand in.
    /// </summary>
    private IEnumerable<(int Start, int Count, string[] Tokens, string? Law)> Expansions(string[] typed)
    {
        foreach (var (phrase, catalogue) in SynonymLexicon.ProductPhrases)
        {
            var words = phrase.Split(' ');
            for (var start = 0; start + words.Length <= typed.Length; start++)
                if (words.SequenceEqual(typed.Skip(start).Take(words.Length)))
                    yield return (start, words.Length, catalogue.Split(' '), null);
        }
        for (var i = 0; i < typed.Length; i++)
            // Only a product or aanbieder named by the abbreviation itself makes the spelled-out phrases unnecessary:
            // "MST" as an aanbieder's specialisatie still means the product Multisysteemtherapie.
            if (SynonymLexicon.Abbreviations.TryGetValue(typed[i], out var phrases) && !(_aliases.Exact(typed[i]) ?? []).Any(t => t.Kind is EntityKind.Product or EntityKind.Provider))
                foreach (var phrase in phrases) yield return (i, 1, phrase.Split(' '), SynonymLexicon.AbbreviationLaws.GetValueOrDefault(typed[i]));
    }

    /// <summary>
    /// "EED diagnostiek", "specialistische ggz": of the products an abbreviation or synonym stands for, those whose
    /// names also carry a word typed beside it (by its beginning, so inflections count); all of them when none or all do.
    /// </summary>
    private List<EntityMatch> NarrowedByTypedWord(List<EntityMatch> expanded, string[] typed, int start, int count)
    {
        var products = expanded.Where(m => m.Kind == EntityKind.Product).Select(m => m.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (products.Count < 2) return expanded;
        var beside = typed.Where((word, i) => (i < start || i >= start + count) && word.Length >= 6).Select(word => word[..6]);
        foreach (var prefix in beside)
        {
            var carrying = products.Where(code => _productNameWords.TryGetValue(code, out var words) && words.Any(w => w.StartsWith(prefix, StringComparison.Ordinal))).ToList();
            if (carrying.Count > 0 && carrying.Count < products.Count)
                return expanded.Where(m => m.Kind != EntityKind.Product || carrying.Contains(m.Key, StringComparer.OrdinalIgnoreCase)).ToList();
        }
        return expanded;
    }

    /// <summary>The products of an abbreviation's own law when the region has any among them; all of them otherwise.</summary>
    private List<EntityMatch> UnderLaw(List<EntityMatch> expanded, string? law)
    {
        if (law is null) return expanded;
        bool IsUnder(EntityMatch m) => _productsByCode.GetValueOrDefault(m.Key)?.IsUnder(law) == true;
        return expanded.Any(m => m.Kind == EntityKind.Product && IsUnder(m))
            ? expanded.Where(m => m.Kind != EntityKind.Product || IsUnder(m)).ToList()
            : expanded;
    }

    private void AddRegion(string region)
    {
        _aliases.Add(EntityKind.Region, region, region);
        foreach (var word in DistinctiveWords(region, 5).Where(w => _aliases.Exact(w) is null))
            _aliases.Add(EntityKind.Region, region, word);
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
        // "LVB" in "Stap Verder LVB Zorg" is the doelgroep, not the aanbieder's short name.
        foreach (Match acronym in Acronym().Matches(provider.Name).Where(a => !SynonymLexicon.Abbreviations.ContainsKey(a.Value.ToLowerInvariant())))
            _aliases.Add(EntityKind.Provider, provider.Name, acronym.Value);
        AddProviderNamePrefixes(provider, withoutLegalForm);
    }

    /// <summary>
    /// "Jeugdzorg Kerkrade" is how a toegang writes "Stichting Jeugdzorg Kerkrade en Omstreken": the leading words
    /// name the aanbieder, so the gemeente in them is not the gemeente asked about.
    /// </summary>
    private void AddProviderNamePrefixes(Provider provider, string name)
    {
        var words = TextFolding.Tokens(name);
        for (var length = 2; length < words.Length; length++)
        {
            var prefix = string.Join(' ', words.Take(length));
            var namesAProduct = _aliases.Exact(prefix) is { } targets && targets.Any(t => t.Kind == EntityKind.Product);
            if (!LinkWords.Contains(words[length - 1]) && !namesAProduct)
                _aliases.Add(EntityKind.Provider, provider.Name, prefix);
        }
    }

    private void AddProduct(Product product, IReadOnlyList<Product> all)
    {
        _aliases.Add(EntityKind.Product, product.Code, product.Code);
        _aliases.AddFullName(EntityKind.Product, product.Code, product.Name);
        var withoutParentheses = Parenthesised().Replace(product.Name, " ");
        _aliases.AddFullName(EntityKind.Product, product.Code, withoutParentheses);
        AddNamePrefixes(product, withoutParentheses);
        AddNameEndings(product, withoutParentheses);
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

    /// <summary>
    /// "Specialistische jeugd-ggz" also answers to "jeugd-ggz", and its "ggz" to the abbreviation: the words a name ends
    /// in, and an abbreviation the toegangen use that stands inside it.
    /// </summary>
    private void AddNameEndings(Product product, string name)
    {
        var words = TextFolding.Tokens(name);
        for (var start = 1; start < words.Length - 1; start++)
            if (!LinkWords.Contains(words[start]) && !GenericWords.Contains(words[start]))
                _aliases.Add(EntityKind.Product, product.Code, string.Join(' ', words.Skip(start)));
        foreach (var word in words.Where(SynonymLexicon.Abbreviations.ContainsKey))
            _aliases.Add(EntityKind.Product, product.Code, word);
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
