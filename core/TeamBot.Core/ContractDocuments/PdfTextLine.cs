namespace TeamBot.Core.ContractDocuments;

/// <summary>One line of text on a PDF page, in reading order, with what heading detection needs.</summary>
/// <param name="FontSize">The median point size of its letters.</param>
/// <param name="IsBold">All (or nearly all) letters are set in a bold font.</param>
/// <param name="StartsBlock">The first line of a text block: a paragraph boundary.</param>
internal sealed record PdfTextLine(string Text, double FontSize, bool IsBold, int PageNumber, bool StartsBlock);
