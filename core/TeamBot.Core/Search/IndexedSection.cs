using TeamBot.Core.ContractDocuments;

namespace TeamBot.Core.Search;

/// <summary>A section as the search keeps it beside the Lucene index: its stems, sentences and the stems of its heading path, analyzed once when the index is built.</summary>
internal sealed record IndexedSection(
    ContractDocument Document,
    DocumentSection Section,
    IReadOnlySet<string> Stems,
    IReadOnlyList<SectionSentence> Sentences,
    IReadOnlySet<string> HeadingStems,
    IReadOnlySet<string> AnsweringStems);
