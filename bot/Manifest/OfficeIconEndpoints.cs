namespace TeamBot.Bot.Manifest;

/// <summary>
/// GET /addin/icon-16.png, icon-32.png, icon-64.png and icon-80.png: the add-in's icons that the Office manifest points at.
/// Office fetches them without a sign-in (for the ribbon and the add-in list), so they are public like /privacy.
/// </summary>
public static class OfficeIconEndpoints
{
    public const string BasePath = "/addin";

    private const string CacheControl = "public, max-age=86400";

    public static string PathOf(int size) => $"{BasePath}/{OfficeAddinIcons.FileName(size)}";

    public static IEndpointRouteBuilder MapOfficeIcons(this IEndpointRouteBuilder endpoints)
    {
        foreach (var size in OfficeAddinIcons.Sizes)
        {
            // Drawn once when mapped: the bytes never change while the host runs.
            var png = OfficeAddinIcons.Png(size);
            endpoints.MapGet(PathOf(size), (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = CacheControl;
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.Bytes(png, "image/png");
            }).AllowAnonymous();
        }
        return endpoints;
    }
}
