using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TeamBot.Core.ContractDocuments;

namespace TeamBot.Core.Search;

/// <summary>
/// Full-text search over the sections of contract documents, in Dutch, in memory. Build it once per data version;
/// <see cref="Search(string, int)"/> may be called from many threads at once (one reader and searcher are shared, nothing changes).
/// Dispose it only when no search runs any more, for example after swapping in the index of a new data version.
/// </summary>
public sealed class DocumentSearchIndex : IDisposable
{
    /// <summary>Below this <see cref="DocumentSearchHit.Confidence"/> the caller says it is not sure and offers escalation.</summary>
    public const double AnswerThreshold = 0.35;

    // Lucene's top sections that are ranked again by how much of the question they cover.
    private const int RerankDepth = 10;

    // A rule's sentence may stand in a section Lucene ranks lower (a table of durations): look deeper.
    private const int FocusedRerankDepth = 30;

    // A rule question's section whose best passage lacks the statement asked, or does not name the subject.
    private const double MissingStatementFactor = 0.4;
    private const double MissingSubjectFactor = 0.7;
    private const double HintInHeadingFactor = 1.3;

    private readonly DutchTextAnalysis _analysis = new();
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IndexedSection[] _sectionByDocId;
    private readonly QuestionParser _questions;
    private readonly SectionQueryBuilder _queries;
    private volatile bool _disposed;

    public DocumentSearchIndex(IReadOnlyList<ContractDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sections = documents.SelectMany(document => document.Sections.Select(section => (document, section))).ToList();
        var compounds = CompoundSplitter.FromTexts(sections.SelectMany(TextsOf), _analysis.IsStopWord);
        var indexer = new SectionIndexer(_analysis, compounds);
        var indexedSections = sections.Select(entry => indexer.ToIndexedSection(entry.document, entry.section)).ToList();
        var weights = new TermWeights(indexedSections.Select(section => section.Stems));
        var similarity = new SectionIdfSimilarity(weights);
        WriteIndex(indexer, sections, similarity);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
        _sectionByDocId = SectionsByDocId(indexedSections);
        _questions = new QuestionParser(_analysis, new DutchSynonyms(_analysis), compounds, weights);
        _queries = new SectionQueryBuilder(VocabularyOf(indexer, indexedSections));
    }

    /// <summary>The number of sections in the index.</summary>
    public int SectionCount => _sectionByDocId.Length;

    /// <summary>
    /// The sections that answer the question best, best first, each with its passage and confidence.
    /// Any text is accepted (operators, quotes, markup, very long text): it is analyzed, never parsed as a query.
    /// Empty when the question has no topic words or no section contains any of them.
    /// </summary>
    public IReadOnlyList<DocumentSearchHit> Search(string question, int maxHits = 3) => Search(question, AnswerFocus.None, maxHits);

    /// <summary>
    /// As <see cref="Search(string, int)"/>, for a question whose answer is a statement of a kind (a period, a
    /// permission) about a subject: sections and sentences that make it about that subject rank first.
    /// </summary>
    public IReadOnlyList<DocumentSearchHit> Search(string question, AnswerFocus focus, int maxHits = 3)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (maxHits <= 0) return [];
        var concepts = _questions.Parse(question);
        if (concepts.Count == 0 || _sectionByDocId.Length == 0) return [];
        var query = _queries.Build(concepts);
        // No word of the question occurs in any section: nothing to search.
        if (query.Clauses.Count == 0) return [];
        var searchFocus = Analyze(focus);
        var candidates = Rank(query, concepts, Math.Max(maxHits, searchFocus == SearchFocus.None ? RerankDepth : FocusedRerankDepth), searchFocus);
        return candidates.Take(maxHits).Select((candidate, rank) => ToHit(candidates, rank, concepts, searchFocus)).ToList();
    }

    private SearchFocus Analyze(AnswerFocus focus) =>
        focus.Expected == ExpectedAnswer.Any && focus.Subjects.Count == 0
            ? SearchFocus.None
            : new SearchFocus(focus.Expected,
                focus.Subjects.Select(names => (IReadOnlyList<IReadOnlySet<string>>)names.Select(name => (IReadOnlySet<string>)_analysis.Stems(name)).Where(stems => stems.Count > 0).ToList())
                    .Where(names => names.Count > 0).ToList(),
                _analysis.Stems(HintWords(focus.Expected)));

    /// <summary>The words documents put around the statement asked: a duration stands in a "looptijd", a permission in a "stapeling" table.</summary>
    private static string HintWords(ExpectedAnswer expected) => expected switch
    {
        ExpectedAnswer.Period => "looptijd duur maximaal maximale termijn uiterlijk",
        ExpectedAnswer.Permission => "toegestaan stapeling combinatie uitgesloten",
        ExpectedAnswer.Contact => "mailbox telefoon bereikbaar contact",
        _ => "",
    };

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _reader.Dispose();
        _directory.Dispose();
        _analysis.Dispose();
    }

    private static IEnumerable<string> TextsOf((ContractDocument Document, DocumentSection Section) entry) =>
        [entry.Section.Heading, entry.Section.Text];

    private void WriteIndex(SectionIndexer indexer, List<(ContractDocument Document, DocumentSection Section)> sections, Similarity similarity)
    {
        var config = new IndexWriterConfig(DutchTextAnalysis.Version, _analysis.Analyzer) { OpenMode = OpenMode.CREATE, Similarity = similarity };
        using var writer = new IndexWriter(_directory, config);
        for (var ordinal = 0; ordinal < sections.Count; ordinal++)
            writer.AddDocument(indexer.ToLuceneDocument(ordinal, sections[ordinal].Document, sections[ordinal].Section));
        writer.Commit();
    }

    private static IndexVocabulary VocabularyOf(SectionIndexer indexer, IEnumerable<IndexedSection> sections)
    {
        var vocabulary = new IndexVocabulary();
        foreach (var section in sections) indexer.AddTo(vocabulary, section);
        return vocabulary;
    }

    /// <summary>Lucene numbers documents itself; the stored ordinal leads back to the section.</summary>
    private IndexedSection[] SectionsByDocId(List<IndexedSection> sections)
    {
        var byDocId = new IndexedSection[_reader.MaxDoc];
        for (var docId = 0; docId < byDocId.Length; docId++)
            byDocId[docId] = sections[_reader.Document(docId).GetField(SearchFields.Ordinal).GetInt32Value()!.Value];
        return byDocId;
    }

    /// <summary>
    /// Lucene's best sections, ranked again by score × coverage²: a section that holds every word of the
    /// question beats one that only has a single word in its heading. With a focus, a section whose best passage
    /// lacks the statement asked, or is not about the subject, ranks lower.
    /// </summary>
    private List<Candidate> Rank(Query query, IReadOnlyList<QueryConcept> concepts, int depth, SearchFocus focus)
    {
        var found = _searcher.Search(query, depth).ScoreDocs;
        return found
            .Select(scoreDoc => (Section: _sectionByDocId[scoreDoc.Doc], scoreDoc.Score))
            .Select(hit => (hit.Section, hit.Score, Coverage: AnswerConfidence.Coverage(concepts, focus.WithSubjectNames(hit.Section.AnsweringStems)),
                Passage: PassageSelector.Select(hit.Section.Sentences, concepts, focus)))
            .Select(hit => new Candidate(hit.Section, (float)(hit.Score * hit.Coverage * hit.Coverage * FocusFactor(hit.Section, hit.Passage, focus)), hit.Coverage, hit.Passage))
            .OrderByDescending(candidate => candidate.Score)
            .ToList();
    }

    private static double FocusFactor(IndexedSection section, Passage passage, SearchFocus focus) =>
        (focus.Expected == ExpectedAnswer.Any || passage.HasExpectedStatement ? 1 : MissingStatementFactor)
        * (passage.IsAboutSubject ? 1 : MissingSubjectFactor)
        * (focus.HasHint(section.HeadingStems) ? HintInHeadingFactor : 1)
        * (focus.HasHint(passage.Stems) ? HintInHeadingFactor : 1);

    private static DocumentSearchHit ToHit(List<Candidate> candidates, int rank, IReadOnlyList<QueryConcept> concepts, SearchFocus focus)
    {
        var candidate = candidates[rank];
        var bestOther = rank == 0 ? (candidates.Count > 1 ? candidates[1].Score : 0f) : candidates[0].Score;
        var sectionConfidence = AnswerConfidence.Of(candidate.Coverage, candidate.Score, bestOther, concepts.Sum(concept => concept.Weight));
        var confidence = focus == SearchFocus.None ? sectionConfidence : AnswerConfidence.OfPassage(sectionConfidence,
            AnswerConfidence.Coverage(concepts, focus.WithSubjectNames(candidate.Passage.Stems)), candidate.Passage.HasExpectedStatement || focus.Expected == ExpectedAnswer.Any, candidate.Passage.IsAboutSubject);
        var document = candidate.Section.Document;
        var section = candidate.Section.Section;
        return new DocumentSearchHit(document.Title, document.FileName, section.Path, section.Heading, candidate.Passage.Text, candidate.Score, confidence);
    }

    private sealed record Candidate(IndexedSection Section, float Score, double Coverage, Passage Passage);
}
