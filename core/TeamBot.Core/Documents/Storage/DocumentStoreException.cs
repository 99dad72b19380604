namespace TeamBot.Core.Documents.Storage;

/// <summary>Storing failed. The message is Dutch, for users, and says where the local copy was kept.</summary>
public sealed class DocumentStoreException : Exception
{
    public DocumentStoreException(string problem, string? localPath = null, int? statusCode = null, Exception? innerException = null)
        : base(ComposeMessage(problem, localPath), innerException)
    {
        Problem = problem;
        LocalPath = localPath;
        StatusCode = statusCode;
    }

    /// <summary>What failed, without the sentence about the local copy.</summary>
    public string Problem { get; }

    /// <summary>Where the rendered document was kept on this machine; null when not even that succeeded.</summary>
    public string? LocalPath { get; }

    /// <summary>The HTTP status Microsoft Graph answered with, when the failure came from there.</summary>
    public int? StatusCode { get; }

    private static string ComposeMessage(string problem, string? localPath) =>
        localPath is null ? problem : $"{problem} Het document is lokaal bewaard in '{localPath}'.";
}
