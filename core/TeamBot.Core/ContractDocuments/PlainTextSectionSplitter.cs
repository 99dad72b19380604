namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Splits plain text by lines that look like headings: numbered ("1. Looptijd", "2.3 Verlenging",
/// "Artikel 4 Tarieven", "Hoofdstuk 2 Toegang"), short lines in capitals, or lines underlined with === or ---.
/// </summary>
public sealed class PlainTextSectionSplitter : IDocumentSectionSplitter
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public ContractDocument Split(string fileName, byte[] content)
    {
        var text = TextFileDecoder.Decode(content).ReplaceLineEndings("\n");
        var reading = PlainTextLineReader.Read(text.Split('\n'));
        return SectionBuilder.Build(reading.Title ?? DocumentTitles.FromFileName(fileName), fileName, content, reading.Lines);
    }
}
