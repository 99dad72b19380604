namespace TeamBot.Core.ContractDocuments;

/// <summary>Turns the bytes of one document format into a <see cref="ContractDocument"/> split by its headings.</summary>
public interface IDocumentSectionSplitter
{
    /// <summary>The lowercase file extensions this splitter reads, with the leading dot (".md").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <param name="fileName">The file's path relative to the import folder; used for the fallback title.</param>
    /// <exception cref="DocumentReadException">The content cannot be read as this format.</exception>
    ContractDocument Split(string fileName, byte[] content);
}
