using System.Net;
using System.Net.Http.Headers;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace TeamBot.Microsoft365;

/// <summary>
/// Sends a document to an upload session in ranged PUTs. Written here rather than with the SDK's LargeFileUploadTask:
/// that task re-sends a failed slice at once without honouring Retry-After, waits on the wall clock between passes,
/// and would put the Graph token on the upload URL, which Graph advises against.
/// </summary>
internal sealed class UploadSessionWriter(HttpClient http, string uploadUrl, int chunkBytes)
{
    public async Task<DriveItem> WriteAsync(byte[] content, CancellationToken ct)
    {
        long offset = 0;
        while (true)
        {
            var length = (int)Math.Min(chunkBytes, content.LongLength - offset);
            using var response = await PutChunkAsync(content, offset, length, ct);
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created) return await ReadItemAsync(response, ct);
            if (response.StatusCode != HttpStatusCode.Accepted) throw await GraphErrorResponse.ToExceptionAsync(response, ct);
            offset = await NextOffsetAsync(response, offset, offset + length, content.LongLength, ct);
        }
    }

    private async Task<HttpResponseMessage> PutChunkAsync(byte[] content, long offset, int length, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(content, (int)offset, length) };
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(offset, offset + length - 1, content.LongLength);
        return await http.SendAsync(request, ct);
    }

    /// <summary>Graph names the next range it expects; follow it, and refuse a session that does not move forward.</summary>
    private static async Task<long> NextOffsetAsync(HttpResponseMessage response, long offset, long sentUpTo, long total, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var session = string.IsNullOrWhiteSpace(body) ? null : await KiotaJsonSerializer.DeserializeAsync(body, UploadSession.CreateFromDiscriminatorValue, ct);
        var expected = session?.NextExpectedRanges?.FirstOrDefault();
        var next = expected is not null && long.TryParse(expected.Split('-')[0], out var start) ? start : sentUpTo;
        if (next <= offset || next >= total)
            throw new ApiException($"de uploadsessie vroeg na bytes {offset}-{sentUpTo - 1} van {total} om '{expected}'.");
        return next;
    }

    private static async Task<DriveItem> ReadItemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        return await KiotaJsonSerializer.DeserializeAsync(body, DriveItem.CreateFromDiscriminatorValue, ct)
            ?? throw new ApiException("de uploadsessie eindigde zonder het opgeslagen document.");
    }
}
