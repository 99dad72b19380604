using System.Globalization;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using TeamBot.Core.Documents.Storage;

namespace TeamBot.Microsoft365;

/// <summary>Explains a Microsoft Graph failure in Dutch: what went wrong, where, and which setting to look at.</summary>
internal static class GraphFailureMessages
{
    /// <summary>The Dutch explanation and the HTTP status; null for exceptions that are not a Graph failure (a bug, or the caller cancelling).</summary>
    public static (string Problem, int? StatusCode)? Describe(Exception e, GraphDriveOptions options, GraphStep step, string fileName, ConflictBehavior conflict) => e switch
    {
        DocumentStoreException stored => (stored.Problem, stored.StatusCode),
        ApiException api => (ForStatus(api, options, step, fileName, conflict), api.ResponseStatusCode),
        TimeoutException => ($"Microsoft Graph antwoordde niet binnen {Seconds(options.Timeout)} seconden (time-out, Documents:Graph:Timeout).", null),
        CredentialUnavailableException => ("Er is op deze machine geen managed identity beschikbaar om bij Microsoft Graph aan te melden (Documents:Graph:UseManagedIdentity).", null),
        AuthenticationFailedException => ($"Aanmelden bij Microsoft Entra ID is mislukt voor tenant '{options.TenantId}' en app '{options.ClientId}': controleer Documents:Graph:TenantId, Documents:Graph:ClientId en of het geheim of certificaat nog geldig is.", null),
        HttpRequestException http => ($"Microsoft Graph is niet bereikbaar op {options.BaseUrl}: {http.Message}", null),
        _ => null,
    };

    private static string ForStatus(ApiException e, GraphDriveOptions options, GraphStep step, string fileName, ConflictBehavior conflict)
    {
        var folder = FolderDescription(options);
        var attempts = options.MaxRetries + 1;
        return e.ResponseStatusCode switch
        {
            401 => "Microsoft Graph weigerde de aanmelding (401): het toegangstoken werd niet geaccepteerd. Controleer Documents:Graph:TenantId en Documents:Graph:ClientId en of het geheim of certificaat nog geldig is.",
            403 => "TeamBot heeft geen schrijfrechten op de gekoppelde documentbibliotheek (403). Geef de app-registratie schrijfrechten op deze site (Sites.Selected met 'write', of Sites.ReadWrite.All).",
            404 when step == GraphStep.PdfConversion => "Microsoft Graph vond het document niet terug in de documentbibliotheek (404).",
            404 when options.FolderPath.Trim('/', ' ').Length == 0 => $"De gekoppelde documentbibliotheek '{options.DriveId}' bestaat niet (404). Controleer Documents:Graph:DriveId.",
            404 => $"De map '{options.FolderPath.Trim('/', ' ')}' bestaat niet in de gekoppelde documentbibliotheek (404). Controleer Documents:Graph:FolderPath en Documents:Graph:DriveId.",
            409 when conflict == ConflictBehavior.Replace => $"Het bestaande document '{fileName}' in {folder} kon niet worden vervangen (409); het is mogelijk uitgecheckt of wordt bewerkt.",
            409 => $"Er staat al een document '{fileName}' in {folder} en Microsoft Graph gaf het nieuwe geen andere naam (409).",
            413 => $"Het document '{fileName}' is te groot voor Microsoft Graph (413).",
            400 or 406 or 415 when step == GraphStep.PdfConversion => $"Microsoft Graph kan dit document niet omzetten ({e.ResponseStatusCode}).",
            423 => $"Het document '{fileName}' in {folder} is vergrendeld (423), bijvoorbeeld omdat iemand het bewerkt.",
            429 when RetryAfter(e) is { } wait && wait > options.MaxRetryDelay =>
                $"Microsoft Graph beperkt het aantal verzoeken (429) en vraagt {Seconds(wait)} seconden te wachten, langer dan TeamBot wacht (Documents:Graph:MaxRetryDelay); probeer het later opnieuw.",
            429 => $"Microsoft Graph beperkt het aantal verzoeken (429), ook na {attempts} pogingen; probeer het over enkele minuten opnieuw.",
            502 or 503 or 504 => $"Microsoft Graph is tijdelijk niet beschikbaar ({e.ResponseStatusCode}), ook na {attempts} pogingen; probeer het later opnieuw.",
            507 => "De documentbibliotheek is vol (507): er is geen opslagruimte meer.",
            0 => $"Microsoft Graph gaf een onverwacht antwoord bij '{fileName}': {e.Message}",
            >= 500 => $"Microsoft Graph gaf een serverfout ({e.ResponseStatusCode}){GraphCode(e)}; probeer het later opnieuw.",
            _ => $"Microsoft Graph gaf een onverwachte fout ({e.ResponseStatusCode}){GraphCode(e)} bij '{fileName}'.",
        };
    }

    private static string FolderDescription(GraphDriveOptions options)
    {
        var folder = options.FolderPath.Trim('/', ' ');
        return folder.Length == 0 ? "de hoofdmap van de documentbibliotheek" : $"de map '{folder}'";
    }

    private static string GraphCode(ApiException e) => e is ODataError { Error.Code: { Length: > 0 } code } ? $": {code}" : "";

    private static TimeSpan? RetryAfter(ApiException e)
    {
        var value = e.ResponseHeaders.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.GetCultureInfo("nl-NL"));
}
