using Scriban;

namespace TeamBot.Core.Cards;

/// <summary>A parsed card template that passed the escaping rule, with its text for includes.</summary>
internal sealed record CardTemplate(string Name, string Text, Template Parsed);
