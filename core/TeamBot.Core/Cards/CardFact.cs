namespace TeamBot.Core.Cards;

/// <summary>One row of a FactSet.</summary>
internal sealed record CardFact(string Title, string Value);
