using Lucene.Net.Documents;
using TeamBot.Core.ContractDocuments;

namespace TeamBot.Core.Search;

/// <summary>
/// Turns a section into its Lucene document and its <see cref="IndexedSection"/>. The parts of the compounds in
/// its heading and text get a field of their own, so "termijn" finds the heading "Declaratietermijn".
/// </summary>
internal sealed class SectionIndexer(DutchTextAnalysis analysis, CompoundSplitter compounds)
{
    private const string PathSeparator = " > ";

    public Document ToLuceneDocument(int ordinal, ContractDocument document, DocumentSection section) =>
    [
        new TextField(SearchFields.Heading, section.Heading, Field.Store.NO),
        new TextField(SearchFields.Text, section.Text, Field.Store.NO),
        new TextField(SearchFields.CompoundParts, compounds.PartsOf(section.Heading + "\n" + section.Text), Field.Store.NO),
        new TextField(SearchFields.Path, PathBelowTitle(document, section), Field.Store.NO),
        new TextField(SearchFields.Title, document.Title, Field.Store.NO),
        new StoredField(SearchFields.Ordinal, ordinal),
    ];

    /// <summary>Adds the stems of each field of the section to the vocabulary; text and parts get all stems of the section.</summary>
    public void AddTo(IndexVocabulary vocabulary, IndexedSection indexed)
    {
        vocabulary.Add(SearchFields.Heading, analysis.Stems(indexed.Section.Heading));
        vocabulary.Add(SearchFields.Path, analysis.Stems(PathBelowTitle(indexed.Document, indexed.Section)));
        vocabulary.Add(SearchFields.Title, analysis.Stems(indexed.Document.Title));
        vocabulary.Add(SearchFields.Text, indexed.Stems);
        vocabulary.Add(SearchFields.CompoundParts, indexed.Stems);
    }

    public IndexedSection ToIndexedSection(ContractDocument document, DocumentSection section)
    {
        var headers = TableHeaders(section.Text);
        var sentences = SentenceSplitter.Split(section.Text)
            .Select(sentence => headers.TryGetValue(sentence.Line, out var header)
                ? new SectionSentence(sentence.Text, sentence.Line, StemsWithCompoundParts(header + "\n" + sentence.Text), header)
                : new SectionSentence(sentence.Text, sentence.Line, StemsWithCompoundParts(sentence.Text)))
            .ToList();
        // The sentences hold the whole text, so only the labels around it are analyzed again.
        var labels = StemsWithCompoundParts(string.Join('\n', section.Heading, section.Path, document.Title));
        var stems = new HashSet<string>(labels, StringComparer.Ordinal);
        foreach (var sentence in sentences) stems.UnionWith(sentence.Stems);
        // Example questions quoted in a section ("Tot wanneer loopt het contract voor pleegzorg?") are not what it answers.
        var answering = new HashSet<string>(labels, StringComparer.Ordinal);
        foreach (var sentence in sentences.Where(s => !PassageSelector.IsQuestion(s.Text))) answering.UnionWith(sentence.Stems);
        return new IndexedSection(document, section, stems, sentences, StemsWithCompoundParts(section.Path), answering);
    }

    /// <summary>The header row of the table each table row (a line of " | " cells) belongs to, by line index; a header has none.</summary>
    private static Dictionary<int, string> TableHeaders(string sectionText)
    {
        var lines = sectionText.Split('\n');
        var headers = new Dictionary<int, string>();
        string? header = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains(" | ", StringComparison.Ordinal)) header = null;
            else if (header is null) header = lines[i];
            else headers[i] = header;
        }
        return headers;
    }

    private string WithCompoundParts(string text) => text + "\n" + compounds.PartsOf(text);

    private HashSet<string> StemsWithCompoundParts(string text) => analysis.Stems(WithCompoundParts(text));

    /// <summary>Markdown paths start with the document title, which has a field of its own.</summary>
    private static string PathBelowTitle(ContractDocument document, DocumentSection section) =>
        section.Path.StartsWith(document.Title + PathSeparator, StringComparison.Ordinal)
            ? section.Path[(document.Title.Length + PathSeparator.Length)..]
            : section.Path;
}
