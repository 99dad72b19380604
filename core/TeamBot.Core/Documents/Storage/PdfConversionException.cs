namespace TeamBot.Core.Documents.Storage;

/// <summary>A document could not be converted to PDF; the message is Dutch and says why.</summary>
public sealed class PdfConversionException(string message, Exception? innerException = null) : Exception(message, innerException);
