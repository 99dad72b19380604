namespace TeamBot.Core.ContractDocuments;

/// <summary>One heading of a contract document and the text below it up to the next heading.</summary>
/// <param name="Path">The headings above and including this one, joined by " > ", for citations.</param>
public sealed record DocumentSection(int Index, string Heading, int Level, string Path, string Text);
