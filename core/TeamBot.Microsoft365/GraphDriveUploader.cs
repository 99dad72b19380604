using Microsoft.Graph;
using Microsoft.Graph.Drives.Item;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using TeamBot.Core.Documents.Storage;

namespace TeamBot.Microsoft365;

/// <summary>Puts files into the configured drive folder (one request up to the simple-upload limit, an upload session above it) and fetches Graph's PDF of an item.</summary>
public sealed class GraphDriveUploader(GraphConnection connection, ILogger<GraphDriveUploader> logger)
{
    private const string ConflictBehaviorKey = "@microsoft.graph.conflictBehavior";

    /// <summary>Returns the stored item, always with its id (the PDF step addresses the item by it).</summary>
    public async Task<DriveItem> UploadAsync(string fileName, byte[] content, string contentType, ConflictBehavior conflict, CancellationToken ct)
    {
        var item = content.LongLength <= connection.Options.SimpleUploadLimitBytes
            ? await UploadInOneRequestAsync(fileName, content, contentType, conflict, ct)
            : await UploadInSessionAsync(fileName, content, conflict, ct);
        return item.Id is null ? throw NoAnswer("id van het opgeslagen document") : item;
    }

    public async Task<byte[]> DownloadAsPdfAsync(string itemId, CancellationToken ct)
    {
        var content = Drive.Items[itemId].Content;
        // The SDK sends its Format parameter as "$format"; the conversion API is documented with "format".
        var url = content.ToGetRequestInformation().URI.AbsoluteUri + "?format=pdf";
        await using var pdf = await content.WithUrl(url).GetAsync(cancellationToken: ct) ?? throw NoAnswer("de PDF");
        using var buffer = new MemoryStream();
        await pdf.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private DriveItemRequestBuilder Drive => connection.Graph.Drives[connection.Options.DriveId];

    private CustomDriveItemItemRequestBuilder ItemInFolder(string fileName) => Drive.Items["root"].ItemWithPath(PathInDrive(fileName));

    private string PathInDrive(string fileName)
    {
        var folder = connection.Options.FolderPath.Trim().Trim('/');
        return folder.Length == 0 ? fileName : $"{folder}/{fileName}";
    }

    private async Task<DriveItem> UploadInOneRequestAsync(string fileName, byte[] content, string contentType, ConflictBehavior conflict, CancellationToken ct)
    {
        logger.UploadingInOneRequest(fileName, content.Length);
        var builder = ItemInFolder(fileName).Content;
        // The generated PUT has no conflict-behaviour parameter; Graph reads it from the query string.
        var url = builder.ToPutRequestInformation(Stream.Null).URI.AbsoluteUri + $"?{ConflictBehaviorKey}={ConflictValue(conflict)}";
        using var body = new MemoryStream(content, writable: false);
        var item = await builder.WithUrl(url).PutAsync(body, request => request.Headers.Add("Content-Type", contentType), ct);
        return item ?? throw NoAnswer("het opgeslagen document");
    }

    private async Task<DriveItem> UploadInSessionAsync(string fileName, byte[] content, ConflictBehavior conflict, CancellationToken ct)
    {
        logger.UploadingInSession(fileName, content.Length);
        var request = new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { [ConflictBehaviorKey] = ConflictValue(conflict) } },
        };
        var session = await ItemInFolder(fileName).CreateUploadSession.PostAsync(request, cancellationToken: ct);
        var uploadUrl = session?.UploadUrl ?? throw NoAnswer("een uploadsessie");
        try
        {
            return await new UploadSessionWriter(connection.Http, uploadUrl, connection.Options.UploadChunkBytes).WriteAsync(content, ct);
        }
        catch
        {
            await CancelSessionAsync(uploadUrl);
            throw;
        }
    }

    /// <summary>Deleting the session drops the chunks already sent, so no partial file remains.</summary>
    private async Task CancelSessionAsync(string uploadUrl)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, uploadUrl);
            using var response = await connection.Http.SendAsync(request, CancellationToken.None);
            if (!response.IsSuccessStatusCode)
                logger.UploadSessionCancelRefused((int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or OperationCanceledException)
        {
            logger.UploadSessionCancelFailed(e);
        }
    }

    private static string ConflictValue(ConflictBehavior conflict) => conflict == ConflictBehavior.Replace ? "replace" : "rename";

    private static ApiException NoAnswer(string what) => new($"het antwoord bevatte geen {what}.");
}
