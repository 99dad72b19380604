namespace TeamBot.Core.Search;

/// <summary>A word as the analyzer indexes it (<see cref="Stem"/>) and as it was written (<see cref="Surface"/>, lowercase).</summary>
internal readonly record struct AnalyzedToken(string Stem, string Surface);
