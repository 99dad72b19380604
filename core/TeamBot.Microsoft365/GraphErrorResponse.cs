using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace TeamBot.Microsoft365;

/// <summary>Turns a failed raw HTTP answer (an upload-session chunk) into the same exception the Graph SDK throws, so one place explains both.</summary>
internal static class GraphErrorResponse
{
    public static async Task<ApiException> ToExceptionAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var error = await TryParseODataErrorAsync(body, ct) ?? new ApiException($"Microsoft Graph answered {(int)response.StatusCode}.");
        error.ResponseStatusCode = (int)response.StatusCode;
        error.ResponseHeaders = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        return error;
    }

    private static async Task<ApiException?> TryParseODataErrorAsync(string body, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            var error = await KiotaJsonSerializer.DeserializeAsync(body, ODataError.CreateFromDiscriminatorValue, ct);
            return error?.Error is null ? null : error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
