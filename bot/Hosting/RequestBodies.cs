using System.Buffers;
using System.Text.Json;

namespace TeamBot.Bot.Hosting;

/// <summary>Why a request body was not read.</summary>
public enum BodyFailure
{
    None,
    TooLarge,
    NotJson,
}

/// <summary>
/// Reads a JSON body of at most a given size, counting while it reads (Content-Length can be absent or wrong), so one
/// request can never make the host buffer megabytes it will refuse anyway.
/// </summary>
public static class RequestBodies
{
    public static async Task<(T? Value, BodyFailure Failure)> ReadJsonAsync<T>(
        HttpRequest request, long maxBytes, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (default, BodyFailure.TooLarge);
        var body = new ArrayBufferWriter<byte>();
        while (true)
        {
            var read = await request.Body.ReadAsync(body.GetMemory(16 * 1024), cancellationToken);
            if (read == 0) break;
            body.Advance(read);
            if (body.WrittenCount > maxBytes) return (default, BodyFailure.TooLarge);
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(body.WrittenSpan, options);
            return value is null ? (default, BodyFailure.NotJson) : (value, BodyFailure.None);
        }
        catch (JsonException)
        {
            return (default, BodyFailure.NotJson);
        }
    }
}
