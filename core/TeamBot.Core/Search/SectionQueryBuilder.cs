using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TeamBot.Core.Search;

/// <summary>
/// Builds the Lucene query from the question's topic words, never from its raw text, so no input can be a
/// syntax error: per word a SHOULD clause over the boosted fields (synonyms and compound parts count for less),
/// plus a bonus where two neighbouring words of the question also stand together in the section.
/// Words a field does not hold are left out (<see cref="IndexVocabulary"/>); the query may end up empty.
/// </summary>
internal sealed class SectionQueryBuilder(IndexVocabulary vocabulary)
{
    // A synonym or split compound is a guess at what the caseworker meant; the word itself is certain.
    // When no section has the word itself, the guesses are all there is, and count in full.
    private const float AlternativeBoost = 0.5f;
    private const float AlternativeBoostForUnknownWord = 1.0f;
    private const float PhraseBoost = 1.0f;

    // Allows a word or two in between: "termijn voor de declaratie" still counts as "termijn declaratie".
    private const int PhraseSlop = 3;

    // Question words this far apart or closer form a phrase: "logeeropvang samen met dagbesteding".
    private const int PhraseReach = 2;

    public BooleanQuery Build(IReadOnlyList<QueryConcept> concepts)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts) AddIfAny(query, ConceptQuery(concept));
        foreach (var (first, second) in NearbyPairs(concepts))
        {
            foreach (var field in SearchFields.Phrased.Where(field => Has(field.Field, first.Stem) && Has(field.Field, second.Stem)))
                query.Add(PhraseQuery(field, first.Stem, second.Stem), Occur.SHOULD);
        }

        return query;
    }

    private static IEnumerable<(QueryConcept First, QueryConcept Second)> NearbyPairs(IReadOnlyList<QueryConcept> concepts)
    {
        for (var second = 1; second < concepts.Count; second++)
        {
            for (var first = Math.Max(0, second - PhraseReach); first < second; first++) yield return (concepts[first], concepts[second]);
        }
    }

    /// <summary>Per field the best of the word, its alternatives and its parts, so a synonym beside the word adds nothing.</summary>
    private BooleanQuery ConceptQuery(QueryConcept concept)
    {
        var query = new BooleanQuery();
        foreach (var field in SearchFields.Searched)
        {
            if (field.MatchesAlternatives) AddIfAny(query, BestOf(concept, field));
            else if (Has(field.Field, concept.Stem)) query.Add(Term(field.Field, concept.Stem, field.Boost), Occur.SHOULD);
        }

        return query;
    }

    private DisjunctionMaxQuery BestOf(QueryConcept concept, FieldBoost field)
    {
        var boost = field.Boost * (concept.IsKnown ? AlternativeBoost : AlternativeBoostForUnknownWord);
        var bestOf = new DisjunctionMaxQuery(tieBreakerMultiplier: 0f);
        if (Has(field.Field, concept.Stem)) bestOf.Add(Term(field.Field, concept.Stem, field.Boost));
        foreach (var alternative in concept.Alternatives.Where(stems => stems.All(stem => Has(field.Field, stem))))
            bestOf.Add(AllOf(field.Field, alternative, boost));
        var parts = concept.CompoundParts.Where(stem => Has(field.Field, stem)).ToList();
        if (parts.Count > 0) bestOf.Add(AnyOf(field.Field, parts, boost));
        return bestOf;
    }

    private bool Has(string field, string stem) => vocabulary.Has(field, stem);

    private static void AddIfAny(BooleanQuery query, Query clause)
    {
        var isEmpty = clause switch
        {
            BooleanQuery boolean => boolean.Clauses.Count == 0,
            DisjunctionMaxQuery bestOf => bestOf.Disjuncts.Count == 0,
            _ => false,
        };
        if (!isEmpty) query.Add(clause, Occur.SHOULD);
    }

    private static TermQuery Term(string field, string stem, float boost) => new(new Term(field, stem)) { Boost = boost };

    private static Query AllOf(string field, IReadOnlyList<string> stems, float boost)
    {
        if (stems.Count == 1) return Term(field, stems[0], boost);
        var allWords = new BooleanQuery { Boost = boost };
        foreach (var stem in stems) allWords.Add(Term(field, stem, 1f), Occur.MUST);
        return allWords;
    }

    /// <summary>Each part of a compound counts on its own: "crisisplaatsing" partly answered by a section on "crisis".</summary>
    private static BooleanQuery AnyOf(string field, IReadOnlyList<string> stems, float boost)
    {
        var anyWord = new BooleanQuery { Boost = boost };
        foreach (var stem in stems) anyWord.Add(Term(field, stem, 1f), Occur.SHOULD);
        return anyWord;
    }

    private static PhraseQuery PhraseQuery(FieldBoost field, string first, string second)
    {
        var phrase = new PhraseQuery { Slop = PhraseSlop, Boost = field.Boost * PhraseBoost };
        phrase.Add(new Term(field.Field, first));
        phrase.Add(new Term(field.Field, second));
        return phrase;
    }
}
