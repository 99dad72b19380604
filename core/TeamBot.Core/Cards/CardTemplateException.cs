namespace TeamBot.Core.Cards;

/// <summary>A card template that cannot be used: it does not parse, prints a value unescaped, or renders no valid card.</summary>
public sealed class CardTemplateException(string message, Exception? innerException = null) : Exception(message, innerException);
