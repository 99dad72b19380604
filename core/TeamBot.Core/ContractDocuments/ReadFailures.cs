namespace TeamBot.Core.ContractDocuments;

/// <summary>Turns whatever a parser library throws on damaged input into a <see cref="DocumentReadException"/>.</summary>
internal static class ReadFailures
{
    public static T Translate<T>(Func<T> read, string message)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (IsInputFailure(exception))
        {
            throw new DocumentReadException(message, exception);
        }
    }

    /// <summary>
    /// Parser libraries throw many exception types on damaged files (format, zip, XML, index errors),
    /// so every exception counts except our own and those the process cannot recover from.
    /// </summary>
    public static bool IsInputFailure(Exception exception) =>
        exception is not (DocumentReadException or OutOfMemoryException or OperationCanceledException);
}
