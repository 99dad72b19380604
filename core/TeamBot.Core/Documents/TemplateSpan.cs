namespace TeamBot.Core.Documents;

/// <summary>Where a tag's code landed in a part's template text, to trace Scriban's messages back to it.</summary>
internal readonly record struct TemplateSpan(int Start, int End, WordTag Tag);
