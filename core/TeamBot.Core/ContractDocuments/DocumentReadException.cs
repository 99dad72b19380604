namespace TeamBot.Core.ContractDocuments;

/// <summary>A document cannot be read; <see cref="Exception.Message"/> is Dutch and meant for the user.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string message)
        : base(message)
    {
    }

    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
