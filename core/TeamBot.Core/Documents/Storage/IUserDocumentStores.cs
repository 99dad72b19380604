namespace TeamBot.Core.Documents.Storage;

/// <summary>Document stores that act as a signed-in user (On-Behalf-Of), for the add-in; off unless configured.</summary>
public interface IUserDocumentStores
{
    bool IsOn { get; }

    /// <returns>A store acting as the user whose access token this is; null when storing on a user's behalf is off.</returns>
    IUserDocumentStore? ForUser(string userAccessToken);
}

/// <summary>A store for one request of one user; disposed with the request.</summary>
public interface IUserDocumentStore : IDocumentStore, IDisposable;
