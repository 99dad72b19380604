namespace TeamBot.Core.Cards;

/// <summary>A highlighted line in a coloured container; Style is an Adaptive Card container style ("good", "warning", ...).</summary>
internal sealed record CardNotice(string Text, string Style);
