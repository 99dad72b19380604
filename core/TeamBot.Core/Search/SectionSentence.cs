namespace TeamBot.Core.Search;

/// <summary>A sentence, list item or table row of a section, as written, with the stems it contains.</summary>
/// <param name="Line">The line of the section text it stands on; sentences of one line are joined with a space.</param>
/// <param name="TableHeader">For a table row, the table's header row: a row means what its columns say ("Maximale looptijd").</param>
internal sealed record SectionSentence(string Text, int Line, IReadOnlySet<string> Stems, string? TableHeader = null);
