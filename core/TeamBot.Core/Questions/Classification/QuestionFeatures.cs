using System.Collections.Frozen;
namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// Turns a redacted question into named features: word stems and stem pairs, character 3-5-grams within words
/// (typos, compounds), the same pairs over generalised tokens ([PERSOON] for a person word, [EIGEN] for a name
/// inside a sentence or [NAAM], [PERSOONSGEGEVEN] for the other personal-data placeholders), the first word of each
/// sentence, the first question word, cues ("moet ik", "zou jij", "deze moeder", care vocabulary, office and IT
/// words, judgements, courtesies) and the length. Each feature counts once; the vector has unit length so a
/// long e-mail weighs as much as a short chat line. Linear in the length of the text.
/// </summary>
internal static class QuestionFeatures
{
    private const string PersonToken = "[PERSOON]";
    private const string ProperNameToken = "[EIGEN]";
    private const string PersonalDataToken = "[PERSOONSGEGEVEN]";

    public static List<WeightedFeature> Extract(string text, FeatureWeights weights)
    {
        var tokens = QuestionTokenizer.Tokenize(text);
        var keys = tokens.ConvertAll(Key);
        var general = tokens.Select((token, i) => Generalise(token, keys[i])).ToList();
        var bag = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            AddUnigrams(bag, tokens[i], keys[i], general[i], weights);
            if (i > 0) AddBigrams(bag, keys, general, i, weights.Bigram);
            if (tokens[i].StartsSentence) Add(bag, "f:" + general[i], weights.Unigram);
        }
        AddCues(bag, tokens, general, weights.Cue);
        Add(bag, "len:" + LengthBucket(tokens), weights.Cue);
        return ToUnitLength(bag);
    }

    private static string Key(QuestionToken token) => token.Kind switch
    {
        QuestionTokenKind.Word => DutchStemmer.Stem(token.Text),
        QuestionTokenKind.Name => ProperNameToken,
        _ => token.Text,
    };

    private static string Generalise(QuestionToken token, string key)
    {
        if (token.Kind == QuestionTokenKind.PersonalData) return PersonalDataToken;
        if (token.Kind != QuestionTokenKind.Word) return key;
        if (CueWords.Person.Contains(token.Text)) return PersonToken;
        return token.IsProperName ? ProperNameToken : key;
    }

    private static void AddUnigrams(Dictionary<string, double> bag, QuestionToken token, string key, string general, FeatureWeights weights)
    {
        Add(bag, "w:" + key, weights.Unigram);
        if (general != key) Add(bag, "w:" + general, weights.Unigram);
        if (token.Kind == QuestionTokenKind.Word) AddCharGrams(bag, token.Text, weights.CharGram);
    }

    private static void AddCharGrams(Dictionary<string, double> bag, string word, double weight)
    {
        var padded = "<" + word + ">";
        for (var n = 3; n <= 5; n++)
            for (var start = 0; start + n <= padded.Length; start++)
                Add(bag, string.Concat("c:", padded.AsSpan(start, n)), weight);
    }

    private static void AddBigrams(Dictionary<string, double> bag, List<string> keys, List<string> general, int i, double weight)
    {
        Add(bag, string.Concat("b:", keys[i - 1], " ", keys[i]), weight);
        var generalised = general[i - 1] != keys[i - 1] || general[i] != keys[i];
        if (generalised) Add(bag, string.Concat("b:", general[i - 1], " ", general[i]), weight);
    }

    private static void AddCues(Dictionary<string, double> bag, List<QuestionToken> tokens, List<string> general, double weight)
    {
        string? questionWord = null;
        var domainWords = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (questionWord is null && CueWords.QuestionWords.Contains(word)) questionWord = word;
            if (IsDomainWord(word)) domainWords++;
            if (IsOfficeWord(word)) Add(bag, "x:kantoor", weight);
            if (CueWords.Judgement.Contains(word)) Add(bag, "x:oordeel", weight);
            if (CueWords.Courtesy.Contains(word)) Add(bag, "x:beleefd", weight);
            if (i > 0) AddPairCues(bag, tokens[i - 1].Text, word, general[i], weight);
        }
        Add(bag, "q:" + (questionWord ?? "geen"), weight);
        Add(bag, domainWords switch { 0 => "x:domein-0", 1 => "x:domein-1", _ => "x:domein-2+" }, weight);
    }

    private static void AddPairCues(Dictionary<string, double> bag, string before, string word, string generalWord, double weight)
    {
        if (IsPair(before, word, CueWords.Modal, CueWords.FirstPerson)) Add(bag, "x:ik-modaal", weight);
        if (IsPair(before, word, CueWords.Advice, CueWords.SecondPerson)) Add(bag, "x:jij-advies", weight);
        if (CueWords.Pointing.Contains(before) && generalWord is PersonToken or PersonalDataToken) Add(bag, "x:deze-persoon", weight);
    }

    private static bool IsDomainWord(string word)
    {
        if (CueWords.DomainAbbreviations.Contains(word)) return true;
        foreach (var fragment in CueWords.DomainFragments)
            if (word.Contains(fragment, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsOfficeWord(string word)
    {
        foreach (var prefix in CueWords.OfficePrefixes)
            if (word.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsPair(string before, string word, FrozenSet<string> one, FrozenSet<string> other) =>
        (one.Contains(before) && other.Contains(word)) || (other.Contains(before) && one.Contains(word));

    private static string LengthBucket(List<QuestionToken> tokens)
    {
        var words = tokens.Count(t => t.Kind != QuestionTokenKind.Symbol);
        return words switch { <= 1 => "1", <= 2 => "2", <= 4 => "3-4", <= 8 => "5-8", <= 16 => "9-16", _ => "17+" };
    }

    private static void Add(Dictionary<string, double> bag, string name, double weight)
    {
        if (weight <= 0) return;
        if (!bag.TryGetValue(name, out var existing) || existing < weight) bag[name] = weight;
    }

    private static List<WeightedFeature> ToUnitLength(Dictionary<string, double> bag)
    {
        var norm = Math.Sqrt(bag.Values.Sum(v => v * v));
        var features = new List<WeightedFeature>(bag.Count);
        foreach (var (name, value) in bag) features.Add(new WeightedFeature(name, value / norm));
        return features;
    }
}
