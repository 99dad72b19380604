using System.IO.Compression;
using System.Text.Json;
using TeamBot.Bot.ComposeSearch;
using TeamBot.Bot.Manifest;

namespace TeamBot.Tests.Manifest;

public sealed class TeamsAppPackageTests
{
    public const string AppId = "6f1c2a9e-3b4d-4e8f-9a2b-7c5d1e0f3a48";
    public const string Host = "teambot.example.org";

    [Fact]
    public void Package_holds_exactly_the_manifest_and_both_icons_at_its_root()
    {
        var entries = Unzip(TeamsAppPackage.Build(AppId, Host));

        Assert.Equal(["color.png", "manifest.json", "outline.png"], entries.Keys.Order());
    }

    [Fact]
    public void Manifest_has_the_app_id_and_host_filled_in_and_no_placeholder_left()
    {
        var text = ManifestText(TeamsAppPackage.Build(AppId, Host));
        using var manifest = JsonDocument.Parse(text);
        var root = manifest.RootElement;

        Assert.DoesNotContain("{{", text);
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        Assert.Equal(AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal([Host], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        var developer = root.GetProperty("developer");
        Assert.Equal($"https://{Host}/privacy", developer.GetProperty("privacyUrl").GetString());
        Assert.Equal($"https://{Host}/voorwaarden", developer.GetProperty("termsOfUseUrl").GetString());
    }

    [Fact]
    public void Manifest_schema_address_names_the_same_version_as_manifestVersion()
    {
        using var manifest = JsonDocument.Parse(ManifestText(TeamsAppPackage.Build(AppId, Host)));
        var root = manifest.RootElement;
        var version = root.GetProperty("manifestVersion").GetString();

        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal("nl-NL", root.GetProperty("localizationInfo").GetProperty("defaultLanguageTag").GetString());
    }

    [Fact]
    public void Bot_offers_dutch_commands_within_the_limits_teams_shows()
    {
        using var manifest = JsonDocument.Parse(ManifestText(TeamsAppPackage.Build(AppId, Host)));
        var bot = manifest.RootElement.GetProperty("bots")[0];
        var lists = bot.GetProperty("commandLists").EnumerateArray().ToList();

        Assert.Equal(["personal", "team", "groupChat"], Strings(bot.GetProperty("scopes")));
        Assert.False(bot.GetProperty("supportsFiles").GetBoolean());
        Assert.False(bot.GetProperty("isNotificationOnly").GetBoolean());
        Assert.Contains("help", Titles(ListFor(lists, "personal")));
        Assert.Equal(["help", "digest aan", "digest uit"], Titles(ListFor(lists, "team")).Take(3));
        Assert.DoesNotContain("digest aan", Titles(ListFor(lists, "personal"))); // the digest goes to a channel, not a 1:1 chat
        // Teams cuts command titles at 32 characters and descriptions at 128.
        var commands = lists.SelectMany(l => l.GetProperty("commands").EnumerateArray()).ToList();
        Assert.All(commands, c => Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32));
        Assert.All(commands, c => Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128));
    }

    [Fact]
    public void The_message_extension_declares_the_search_and_the_message_action_the_bot_answers()
    {
        using var manifest = JsonDocument.Parse(ManifestText(TeamsAppPackage.Build(AppId, Host)));
        var extension = Assert.Single(manifest.RootElement.GetProperty("composeExtensions").EnumerateArray());
        var commands = extension.GetProperty("commands").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

        Assert.Equal(AppId, extension.GetProperty("botId").GetString());
        Assert.True(extension.GetProperty("canUpdateConfiguration").GetBoolean());
        var search = commands[ComposeExtensionHandler.SearchCommand];
        Assert.Equal(("query", "Verwijsgids"), (search.GetProperty("type").GetString(), search.GetProperty("title").GetString()));
        Assert.True(search.GetProperty("initialRun").GetBoolean());
        Assert.Equal(ComposeExtensionHandler.SearchParameter, Assert.Single(search.GetProperty("parameters").EnumerateArray()).GetProperty("name").GetString());
        var ask = commands[ComposeExtensionHandler.AskCommand];
        Assert.Equal(("action", "Vraag TeamBot"), (ask.GetProperty("type").GetString(), ask.GetProperty("title").GetString()));
        Assert.Equal(["message"], Strings(ask.GetProperty("context")));
        Assert.True(ask.GetProperty("fetchTask").GetBoolean());
        Assert.All(commands.Values, c => Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32));
        Assert.All(commands.Values, c => Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128));
    }

    [Fact]
    public void Icons_in_the_package_are_the_manifest_colour_icon_and_outline_icon()
    {
        var entries = Unzip(TeamsAppPackage.Build(AppId, Host));
        using var manifest = JsonDocument.Parse(entries["manifest.json"]);
        var accent = manifest.RootElement.GetProperty("accentColor").GetString()!;

        Assert.Equal(TeamsAppIcons.Color(accent), entries["color.png"]);
        Assert.Equal(TeamsAppIcons.Outline(), entries["outline.png"]);
        Assert.Equal((192, 192), PngImage.HeaderSize(entries["color.png"]));
        Assert.Equal((32, 32), PngImage.HeaderSize(entries["outline.png"]));
    }

    [Fact]
    public void App_id_and_host_are_written_in_lower_case()
    {
        using var manifest = JsonDocument.Parse(ManifestText(TeamsAppPackage.Build(AppId.ToUpperInvariant(), "TeamBot.Example.ORG")));

        Assert.Equal(AppId, manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(Host, manifest.RootElement.GetProperty("validDomains")[0].GetString());
    }

    [Fact]
    public void Packing_the_same_app_twice_gives_the_same_bytes()
    {
        Assert.Equal(TeamsAppPackage.Build(AppId, Host), TeamsAppPackage.Build(AppId, Host));
    }

    [Theory]
    [InlineData("", "De app-id ontbreekt")]
    [InlineData("teambot", "De app-id 'teambot' is geen GUID")]
    [InlineData("6f1c2a9e3b4d4e8f9a2b7c5d1e0f3a48", "is geen GUID")]
    [InlineData("{6f1c2a9e-3b4d-4e8f-9a2b-7c5d1e0f3a48}", "is geen GUID")]
    [InlineData("6f1c2a9e-3b4d-4e8f-9a2b-7c5d1e0f3a4", "is geen GUID")]
    public void App_id_that_is_not_a_guid_is_refused_with_a_dutch_message(string appId, string expected)
    {
        var error = Assert.Throws<TeamsAppPackageException>(() => TeamsAppPackage.Build(appId, Host));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("", "De host ontbreekt")]
    [InlineData("https://teambot.example.org", "zonder https://, dus 'teambot.example.org'")]
    [InlineData("teambot.example.org/api/messages", "bevat een pad")]
    [InlineData("teambot.example.org:3978", "bevat een poort")]
    [InlineData("team bot.example.org", "is geen geldige hostnaam")]
    [InlineData("*.example.org", "is geen geldige hostnaam")]
    [InlineData("-teambot.example.org", "is geen geldige hostnaam")]
    [InlineData("teambot..example.org", "is geen geldige hostnaam")]
    [InlineData("teambot.example.org\"", "is geen geldige hostnaam")]
    public void Host_that_is_not_a_bare_host_name_is_refused_with_a_dutch_message(string host, string expected)
    {
        var error = Assert.Throws<TeamsAppPackageException>(() => TeamsAppPackage.Build(AppId, host));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Built_manifest_and_icons_are_written_to_artifacts_for_the_schema_suite()
    {
        // For a person to look at; tests/manifest-js checks the package that `teambot manifest pack` makes.
        var entries = Unzip(TeamsAppPackage.Build(AppId, Host));
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "manifest");
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in entries)
            File.WriteAllBytes(Path.Combine(folder, name), content);

        Assert.All(entries.Keys, name => Assert.True(File.Exists(Path.Combine(folder, name))));
    }

    private static Dictionary<string, byte[]> Unzip(byte[] package)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, Content);
    }

    private static byte[] Content(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ManifestText(byte[] package) => System.Text.Encoding.UTF8.GetString(Unzip(package)["manifest.json"]);

    private static JsonElement ListFor(List<JsonElement> lists, string scope) =>
        lists.Single(l => Strings(l.GetProperty("scopes")).Contains(scope));

    private static List<string> Titles(JsonElement commandList) =>
        commandList.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "TeamBot.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No TeamBot.sln above {AppContext.BaseDirectory}.");
    }
}
