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
        var sentences = SentenceSplitter.Split(section.Text)
            .Select(sentence => new SectionSentence(sentence.Text, sentence.Line, StemsWithCompoundParts(sentence.Text)))
            .ToList();
        // The sentences hold the whole text, so only the labels around it are analyzed again.
        var stems = StemsWithCompoundParts(string.Join('\n', section.Heading, section.Path, document.Title));
        foreach (var sentence in sentences) stems.UnionWith(sentence.Stems);
        return new IndexedSection(document, section, stems, sentences);
    }

    private string WithCompoundParts(string text) => text + "\n" + compounds.PartsOf(text);

    private HashSet<string> StemsWithCompoundParts(string text) => analysis.Stems(WithCompoundParts(text));

    /// <summary>Markdown paths start with the document title, which has a field of its own.</summary>
    private static string PathBelowTitle(ContractDocument document, DocumentSection section) =>
        section.Path.StartsWith(document.Title + PathSeparator, StringComparison.Ordinal)
            ? section.Path[(document.Title.Length + PathSeparator.Length)..]
            : section.Path;
}
