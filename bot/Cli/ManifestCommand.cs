using System.CommandLine;
using TeamBot.Bot.Manifest;

namespace TeamBot.Bot.Cli;

/// <summary>`teambot manifest pack --app-id ID --host HOST [--out teambot.zip]`: writes the Teams app package; exit 2 on a bad id or host.</summary>
internal static class ManifestCommand
{
    public const string DefaultOutput = "teambot.zip";

    /// <summary>Packing needs no data folder, so this verb takes no --data.</summary>
    public static Command Create()
    {
        var appId = new Option<string?>("--app-id") { Description = "De Microsoft App ID van de botregistratie (een GUID)." };
        var host = new Option<string?>("--host") { Description = "De hostnaam waarop TeamBot bereikbaar is, zonder https:// en zonder pad." };
        var output = new Option<string>("--out")
        {
            Description = "Het zip-bestand om te schrijven.",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var pack = new Command("pack", "Maak het Teams-app-pakket (manifest.json, color.png, outline.png) om in Teams te uploaden.") { appId, host, output };
        pack.SetAction(parseResult => Pack(parseResult.GetValue(appId), parseResult.GetValue(host), parseResult.GetValue(output) ?? DefaultOutput));
        return new Command("manifest", "Het Teams-app-pakket van TeamBot.") { pack };
    }

    private static int Pack(string? appId, string? host, string output)
    {
        try
        {
            // Normalised here as well, so the confirmation shows the values that went into the manifest.
            var id = TeamsAppPackageInput.AppId(appId);
            var hostName = TeamsAppPackageInput.Host(host);
            Write(TeamsAppPackage.Build(id, hostName), output, id, hostName);
            return TeamBotCommandLine.ExitOk;
        }
        catch (TeamsAppPackageException e)
        {
            Console.Error.WriteLine($"Teams-app-pakket niet gemaakt: {e.Message}");
            return TeamBotCommandLine.ExitBadInput;
        }
    }

    private static void Write(byte[] package, string output, string appId, string host)
    {
        var path = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, package);
        Console.WriteLine($"Teams-app-pakket geschreven naar {path}: manifest.json, color.png en outline.png voor app-id {appId} op host {host}.");
    }
}
