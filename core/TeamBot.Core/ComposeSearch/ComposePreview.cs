namespace TeamBot.Core.ComposeSearch;

/// <summary>What Teams lists for one result while the user types: aanbieder, product, and tarief with einddatum.</summary>
public sealed record ComposePreview(string Title, string Subtitle, string Text);
