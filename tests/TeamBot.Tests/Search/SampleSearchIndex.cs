using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Search;

namespace TeamBot.Tests.Search;

/// <summary>The search index over the shipped sample documents, built once for all tests of a class.</summary>
public sealed class SampleSearchIndex : IDisposable
{
    public SampleSearchIndex()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "region", "documenten");
        Documents = new ContractDocumentFolderReader().ReadFolder(folder).Documents;
        Index = new DocumentSearchIndex(Documents);
    }

    public IReadOnlyList<ContractDocument> Documents { get; }

    public DocumentSearchIndex Index { get; }

    public DocumentSection SectionOf(DocumentSearchHit hit) =>
        Documents.Single(document => document.FileName == hit.FileName)
            .Sections.First(section => section.Path == hit.SectionPath && section.Heading == hit.Heading);

    public void Dispose() => Index.Dispose();
}
