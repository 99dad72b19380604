using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace TeamBot.Bot.Addin;

/// <summary>
/// The Word and Excel task pane at /addin/taskpane.html, from the folder "addin" beside teambot.dll (the build runs
/// addin/'s Vite build there). Its API is this host, so the pane and the API share one origin.
/// </summary>
public static class AddinPane
{
    public const string Folder = "addin";
    public const string RequestPath = "/addin";

    // Office hosts the pane, and Teams the compose-box settings page, in frames of their own sites; office.js comes from Microsoft's CDN, sign-in from Entra.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self' https://login.microsoftonline.com; " +
        "img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com https://*.microsoft365.com " +
        "https://*.sharepoint.com https://*.cloud.microsoft https://teams.microsoft.com https://*.teams.microsoft.com";

    private const string NotBuilt =
        "<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><title>TeamBot</title><body><p>De invoegtoepassing is niet meegebouwd: " +
        "installeer Node.js 20 of nieuwer met npm en bouw TeamBot opnieuw (dotnet build), of voer <code>npm ci &amp;&amp; npm run build</code> uit in addin/.</p></body></html>";

    public static WebApplication UseAddinPane(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, Folder);
        if (File.Exists(Path.Combine(root, "taskpane.html")))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), RequestPath = RequestPath, OnPrepareResponse = AddPagePolicy });
        else
            app.MapGet(RequestPath + "/taskpane.html", () => Results.Content(NotBuilt, "text/html; charset=utf-8"));
        return app;
    }

    private static void AddPagePolicy(StaticFileResponseContext context)
    {
        if (!context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) return;
        context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Context.Response.Headers.XContentTypeOptions = "nosniff";
    }
}
