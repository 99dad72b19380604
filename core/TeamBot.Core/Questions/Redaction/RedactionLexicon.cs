using System.Collections.Frozen;
using TeamBot.Core.Language;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// The words the redactor must not mistake for personal names: the region's own names (aanbieders,
/// gemeenten, producten, toegangen, contract people, specialisaties) and a shipped list of common Dutch
/// words and domain terms. A whole region name ("Valkenburg aan de Geul", "Ruud Habets") always stays;
/// the separate words of organisation names ("Radar", "Mondriaan") count as known words, which keeps them
/// out of name guessing but not out of an explicit cue such as "cliënt Radar".
/// </summary>
public sealed class RedactionLexicon
{
    /// <summary>The manifest name under which core/Questions/Redaction/common-words.txt is embedded.</summary>
    public const string CommonWordsResourceName = "TeamBot.Core.Questions.Redaction.common-words.txt";

    private static readonly Lazy<FrozenSet<string>> Shipped = new(LoadShippedCommonWords);

    // Words too small to tell one organisation from another: "Stichting De Hoeve" protects "hoeve", not "de".
    private static readonly FrozenSet<string> InsignificantWords = FrozenSet.ToFrozenSet(
        ["de", "het", "een", "van", "der", "den", "en", "of", "aan", "op", "in", "te", "ter", "ten", "voor", "'t", "bv", "ua", "nv", "co"]);

    private readonly FrozenSet<string> commonWords;
    private readonly FrozenSet<string> regionWords;
    private readonly FrozenDictionary<string, string[][]> phrasesByFirstWord;
    private readonly FrozenDictionary<char, string[]> longRegionWordsByInitial;

    /// <summary>A lexicon of the given names with the shipped common words.</summary>
    /// <param name="protectedNames">Names of organisations, places, products, teams and specialisations.</param>
    /// <param name="protectedPersonNames">Full names of contact people and contract managers; protected only as a whole.</param>
    public RedactionLexicon(IEnumerable<string> protectedNames, IEnumerable<string> protectedPersonNames)
        : this(protectedNames, protectedPersonNames, Shipped.Value)
    {
    }

    /// <summary>A lexicon of the given names and the given common words instead of the shipped list.</summary>
    public RedactionLexicon(IEnumerable<string> protectedNames, IEnumerable<string> protectedPersonNames, IEnumerable<string> commonWords)
    {
        ArgumentNullException.ThrowIfNull(protectedNames);
        ArgumentNullException.ThrowIfNull(protectedPersonNames);
        ArgumentNullException.ThrowIfNull(commonWords);
        var names = Usable(protectedNames);
        var people = Usable(protectedPersonNames);
        this.commonWords = ReferenceEquals(commonWords, Shipped.Value) ? Shipped.Value : commonWords.Select(w => TextFolding.Key(w.Trim())).ToFrozenSet();
        regionWords = names.SelectMany(SignificantWords).ToFrozenSet();
        longRegionWordsByInitial = regionWords.Where(w => w.Length >= 6).GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        phrasesByFirstWord = PhraseIndex(names.Concat(people));
    }

    /// <summary>The shipped common Dutch words and domain terms, in comparison form.</summary>
    public static IReadOnlySet<string> ShippedCommonWords => Shipped.Value;

    public static RedactionLexicon FromRegion(RegionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new RedactionLexicon(RegionNames(data), RegionPeople(data));
    }

    /// <summary>True when the word is a common word or a word of a region name, so not by itself a personal name.</summary>
    internal bool IsKnown(string key) =>
        commonWords.Contains(key) || regionWords.Contains(key) || (key.Contains('-') && key.Split('-').All(IsKnownPart)) || IsMistypedRegionWord(key)
        || IsStartOfRegionWord(key);

    /// <summary>"Levanto" is how a toegang writes "LEVANTOGROEP": the start of a long region word names it, as entity resolution reads it.</summary>
    private bool IsStartOfRegionWord(string key)
    {
        if (key.Length < 5 || !longRegionWordsByInitial.TryGetValue(key[0], out var candidates)) return false;
        foreach (var word in candidates)
            if (word.Length >= key.Length + 3 && word.StartsWith(key, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"Maastrcht" is a typo of a gemeente, not a surname: long region words are recognised with a typo or two.</summary>
    private bool IsMistypedRegionWord(string key)
    {
        var tolerance = key.Length switch { < 6 => 0, < 10 => 1, _ => 2 };
        if (tolerance == 0 || !longRegionWordsByInitial.TryGetValue(key[0], out var candidates)) return false;
        foreach (var word in candidates)
            if (TeamBot.Core.ReferralGuide.EditDistance.IsWithin(key, word, tolerance)) return true;
        return false;
    }

    internal bool IsCommon(string key) => commonWords.Contains(key);

    /// <summary>How many tokens from <paramref name="start"/> form a whole region name; 0 when none does.</summary>
    internal int ProtectedNameLength(IReadOnlyList<WordToken> tokens, int start)
    {
        if (!phrasesByFirstWord.TryGetValue(tokens[start].Key, out var phrases)) return 0;
        foreach (var phrase in phrases)
            if (Matches(phrase, tokens, start)) return phrase.Length;
        return 0;
    }

    // A one-letter part is a variant mark, not a name: "GIK-j", "Jeugd-A".
    private bool IsKnownPart(string part) => part.Length <= 1 || commonWords.Contains(part) || regionWords.Contains(part);

    private static bool Matches(string[] phrase, IReadOnlyList<WordToken> tokens, int start)
    {
        if (start + phrase.Length > tokens.Count) return false;
        for (var i = 1; i < phrase.Length; i++)
            if (!string.Equals(phrase[i], tokens[start + i].Key, StringComparison.Ordinal)) return false;
        return true;
    }

    private static List<string> Usable(IEnumerable<string> names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static IEnumerable<string> SignificantWords(string name) =>
        WordTokenizer.Keys(name)
            .SelectMany(key => key.Contains('-') ? key.Split('-').Append(key) : [key])
            .Where(key => key.Length >= 2 && !InsignificantWords.Contains(key));

    // Longest phrase first, so "Stichting Radar" wins over a shorter name starting with the same word.
    private static FrozenDictionary<string, string[][]> PhraseIndex(IEnumerable<string> names) =>
        names.Select(name => WordTokenizer.Keys(name).ToArray())
            .Where(phrase => phrase.Length > 0)
            .GroupBy(phrase => phrase[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.DistinctBy(p => string.Join(' ', p)).OrderByDescending(p => p.Length).ToArray(),
                StringComparer.Ordinal);

    private static IEnumerable<string> RegionNames(RegionData data)
    {
        foreach (var municipality in data.Municipalities)
        {
            yield return municipality.Name;
            if (municipality.AccessTeam is { } team) yield return team;
        }
        foreach (var region in data.RegionNames) yield return region;
        foreach (var provider in data.Providers)
        {
            yield return provider.Name;
            foreach (var tag in provider.Specialisations.Concat(provider.TargetGroups)) yield return tag;
        }
        foreach (var product in data.Products)
            foreach (var text in new[] { product.Code, product.Name, product.Law, product.Category, product.Segment })
                if (text is not null) yield return text;
        foreach (var contract in data.Contracts)
            if (contract.Lot is { } lot) yield return lot;
    }

    private static IEnumerable<string> RegionPeople(RegionData data) =>
        data.Providers.SelectMany(p => new[] { p.ContactPerson, p.ContractManager }).OfType<string>();

    private static FrozenSet<string> LoadShippedCommonWords() => LoadEmbeddedWordList(CommonWordsResourceName);

    /// <summary>A word list shipped inside TeamBot.Core (common-words.txt, first-names.txt), in comparison form.</summary>
    internal static FrozenSet<string> LoadEmbeddedWordList(string resourceName)
    {
        using var stream = typeof(RedactionLexicon).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"De woordenlijst {resourceName} ontbreekt in TeamBot.Core; voeg hem toe als EmbeddedResource.");
        using var reader = new StreamReader(stream);
        return ParseWordList(reader.ReadToEnd());
    }

    /// <summary>One word per line; blank lines and lines starting with # are skipped.</summary>
    internal static FrozenSet<string> ParseWordList(string content) =>
        content.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => TextFolding.Key(line))
            .ToFrozenSet(StringComparer.Ordinal);
}
