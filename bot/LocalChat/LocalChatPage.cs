using Microsoft.AspNetCore.Rewrite;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace TeamBot.Bot.LocalChat;

/// <summary>
/// The chat page at / and the /privacy and /voorwaarden pages the Teams manifest links to, served from the folder
/// "webchat" beside teambot.dll (the build copies webchat/public there, with Web Chat's bundle from npm).
/// </summary>
public static class LocalChatPage
{
    public const string Folder = "webchat";

    // The page runs only its own scripts and talks only to this host; Web Chat styles itself inline.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplication UseLocalChatPage(this WebApplication app)
    {
        var files = Files();
        app.UseRewriter(new RewriteOptions()
            .AddRewrite("^privacy/?$", "privacy.html", skipRemainingRules: true)
            .AddRewrite("^voorwaarden/?$", "voorwaarden.html", skipRemainingRules: true));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = AddPagePolicy });
        return app;
    }

    private static IFileProvider Files()
    {
        var root = Path.Combine(AppContext.BaseDirectory, Folder);
        return Directory.Exists(root) ? new PhysicalFileProvider(root) : new NullFileProvider();
    }

    private static void AddPagePolicy(StaticFileResponseContext context)
    {
        if (!context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) return;
        context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Context.Response.Headers.XContentTypeOptions = "nosniff";
    }
}
