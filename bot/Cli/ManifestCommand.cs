using System.CommandLine;
using System.Text;
using TeamBot.Bot.Manifest;

namespace TeamBot.Bot.Cli;

/// <summary>
/// `teambot manifest pack --app-id ID --host HOST [--out teambot.zip]`: the Teams app package;
/// `teambot manifest office --host https://HOST [--app-id ID] [--out manifest.xml]`: the Word and Excel add-in manifest.
/// Exit 2 on a bad id or host.
/// </summary>
internal static class ManifestCommand
{
    public const string DefaultOutput = "teambot.zip";

    /// <summary>Neither needs a data folder, so these verbs take no --data.</summary>
    public static Command Create() =>
        new("manifest", "Het Teams-app-pakket en het manifest van de Word- en Excel-invoegtoepassing van TeamBot.") { PackCommand(), OfficeCommand() };

    private static Command PackCommand()
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
        return pack;
    }

    private static Command OfficeCommand()
    {
        var host = new Option<string?>("--host") { Description = "Het https-adres waarop TeamBot bereikbaar is, bijvoorbeeld https://teambot.example.org (een poort mag, een pad niet)." };
        var appId = new Option<string?>("--app-id")
        {
            Description = "De client-id van de app-registratie in Entra ID (AzureAd:ClientId), voor aanmelden in het taakvenster; zonder deze optie geen aanmelden.",
        };
        var output = new Option<string>("--out")
        {
            Description = "Het manifestbestand om te schrijven.",
            DefaultValueFactory = _ => OfficeManifest.DefaultFileName,
        };
        var office = new Command("office", "Maak het manifest (XML) van de invoegtoepassing voor Word en Excel, om te uploaden of te delen.") { host, appId, output };
        office.SetAction(parseResult => Office(parseResult.GetValue(host), parseResult.GetValue(appId), parseResult.GetValue(output) ?? OfficeManifest.DefaultFileName));
        return office;
    }

    private static int Pack(string? appId, string? host, string output)
    {
        try
        {
            // Normalised here as well, so the confirmation shows the values that went into the manifest.
            var id = TeamsAppPackageInput.AppId(appId);
            var hostName = TeamsAppPackageInput.Host(host);
            var path = Write(output, TeamsAppPackage.Build(id, hostName));
            Console.WriteLine($"Teams-app-pakket geschreven naar {path}: manifest.json, color.png en outline.png voor app-id {id} op host {hostName}.");
            return TeamBotCommandLine.ExitOk;
        }
        catch (TeamsAppPackageException e)
        {
            Console.Error.WriteLine($"Teams-app-pakket niet gemaakt: {e.Message}");
            return TeamBotCommandLine.ExitBadInput;
        }
    }

    private static int Office(string? host, string? appId, string output)
    {
        try
        {
            var hostName = OfficeManifestInput.Host(host);
            var id = OfficeManifestInput.AppId(appId);
            var path = Write(output, Encoding.UTF8.GetBytes(OfficeManifest.Build(hostName, id)));
            var signIn = id is null ? "zonder aanmelden" : $"met aanmelden via app-id {id}";
            Console.WriteLine($"Office-manifest geschreven naar {path}: TeamBot voor Word en Excel op https://{hostName}, invoegtoepassing {OfficeAddinId.ForHost(hostName)}, {signIn}.");
            if (id is null)
                Console.WriteLine("Zonder --app-id staat er geen WebApplicationInfo in het manifest: het taakvenster meldt niemand aan, en de API's van TeamBot antwoorden dan alleen op deze computer.");
            return TeamBotCommandLine.ExitOk;
        }
        catch (OfficeManifestException e)
        {
            Console.Error.WriteLine($"Office-manifest niet gemaakt: {e.Message}");
            return TeamBotCommandLine.ExitBadInput;
        }
    }

    private static string Write(string output, byte[] content)
    {
        var path = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }
}
