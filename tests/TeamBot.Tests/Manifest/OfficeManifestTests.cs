using System.Xml.Linq;
using TeamBot.Bot.Manifest;

namespace TeamBot.Tests.Manifest;

public sealed class OfficeManifestTests
{
    public const string Host = "teambot.example.org";
    public const string AppId = "6f1c2a9e-3b4d-4e8f-9a2b-7c5d1e0f3a48";

    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    private static readonly XNamespace Types = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XName XsiType = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "type";

    [Fact]
    public async Task Manifest_with_sign_in_is_valid_against_the_office_schemas()
    {
        var result = await OfficeManifestSchema.ValidateAsync(OfficeManifest.Build($"https://{Host}", AppId));

        Assert.True(result.IsValid, result.Messages);
        Assert.Contains("validates", result.Messages);
    }

    [Fact]
    public async Task Manifest_without_sign_in_is_valid_against_the_office_schemas()
    {
        var result = await OfficeManifestSchema.ValidateAsync(OfficeManifest.Build($"https://{Host}", appId: null));

        Assert.True(result.IsValid, result.Messages);
    }

    [Fact]
    public async Task Manifest_with_a_port_is_valid_against_the_office_schemas()
    {
        var result = await OfficeManifestSchema.ValidateAsync(OfficeManifest.Build("https://localhost:7443", AppId));

        Assert.True(result.IsValid, result.Messages);
    }

    [Fact]
    public async Task Schema_check_refuses_a_manifest_with_an_unknown_permission()
    {
        // The same check as above on a broken manifest, so a passing check means something.
        var broken = Parse(OfficeManifest.Build($"https://{Host}", AppId));
        broken.Root!.Element(App + "Permissions")!.Value = "ReadWriteEverything";

        var result = await OfficeManifestSchema.ValidateAsync(broken.ToString());

        Assert.False(result.IsValid);
        Assert.Contains("Permissions", result.Messages);
        Assert.Contains("ReadWriteEverything", result.Messages);
    }

    [Fact]
    public void Manifest_is_a_dutch_task_pane_add_in_for_word_and_excel()
    {
        var root = Parse(OfficeManifest.Build($"https://{Host}", AppId)).Root!;

        Assert.Equal(App + "OfficeApp", root.Name);
        Assert.Equal("TaskPaneApp", (string?)root.Attribute(XsiType));
        Assert.Equal(["Document", "Workbook"], root.Element(App + "Hosts")!.Elements(App + "Host").Select(h => (string?)h.Attribute("Name")));
        Assert.Equal("nl-NL", root.Element(App + "DefaultLocale")!.Value);
        Assert.Equal("TeamBot", Default(root, "DisplayName"));
        Assert.Equal("Uitvoeringsplan in Word en kostentabellen in Excel, van het Inkoopteam Sociaal Domein", Default(root, "Description"));
        Assert.Equal("Inkoopteam Sociaal Domein", root.Element(App + "ProviderName")!.Value);
        Assert.Equal("ReadWriteDocument", root.Element(App + "Permissions")!.Value);
    }

    [Fact]
    public void Manifest_loads_the_pane_and_its_icons_from_the_host_over_https()
    {
        var root = Parse(OfficeManifest.Build($"https://{Host}", AppId)).Root!;

        Assert.Equal($"https://{Host}/addin/taskpane.html", root.Element(App + "DefaultSettings")!.Element(App + "SourceLocation")!.Attribute("DefaultValue")!.Value);
        Assert.Equal([$"https://{Host}"], root.Element(App + "AppDomains")!.Elements(App + "AppDomain").Select(d => d.Value));
        Assert.Equal($"https://{Host}/addin/icon-32.png", Default(root, "IconUrl"));
        Assert.Equal($"https://{Host}/addin/icon-64.png", Default(root, "HighResolutionIconUrl"));
        Assert.Equal($"https://{Host}/privacy", Default(root, "SupportUrl"));
        Assert.DoesNotContain("{{", root.ToString());
    }

    [Fact]
    public void Requirements_name_only_sets_that_word_and_excel_both_have()
    {
        var root = Parse(OfficeManifest.Build($"https://{Host}", AppId)).Root!;
        var sets = root.Element(App + "Requirements")!.Element(App + "Sets")!;

        Assert.Equal("1.1", (string?)sets.Attribute("DefaultMinVersion"));
        var names = sets.Elements(App + "Set").Select(s => (string)s.Attribute("Name")!).ToList();
        Assert.Equal(["IdentityAPI"], names);
        Assert.Equal("1.3", (string?)sets.Element(App + "Set")!.Attribute("MinVersion"));
    }

    [Theory]
    [InlineData("Document")]
    [InlineData("Workbook")]
    public void Ribbon_button_on_the_home_tab_opens_the_task_pane(string host)
    {
        var overrides = Parse(OfficeManifest.Build($"https://{Host}", AppId)).Root!.Element(Overrides + "VersionOverrides")!;
        var formFactor = overrides.Element(Overrides + "Hosts")!.Elements(Overrides + "Host")
            .Single(h => (string?)h.Attribute(XsiType) == host).Element(Overrides + "DesktopFormFactor")!;
        var surface = formFactor.Elements(Overrides + "ExtensionPoint").Single(e => (string?)e.Attribute(XsiType) == "PrimaryCommandSurface");
        var button = surface.Element(Overrides + "OfficeTab")!.Element(Overrides + "Group")!.Elements(Overrides + "Control").Single();

        Assert.Equal("VersionOverridesV1_0", (string?)overrides.Attribute(XsiType));
        Assert.Equal("TabHome", (string?)surface.Element(Overrides + "OfficeTab")!.Attribute("id"));
        Assert.Equal("Button", (string?)button.Attribute(XsiType));
        Assert.Equal("TeamBot", Resource(overrides, "ShortStrings", "String", button.Element(Overrides + "Label")!));
        var action = button.Element(Overrides + "Action")!;
        Assert.Equal("ShowTaskpane", (string?)action.Attribute(XsiType));
        Assert.False(string.IsNullOrWhiteSpace(action.Element(Overrides + "TaskpaneId")?.Value));
        Assert.Equal($"https://{Host}/addin/taskpane.html", Resource(overrides, "Urls", "Url", action.Element(Overrides + "SourceLocation")!));
        var icons = button.Element(Overrides + "Icon")!.Elements(Types + "Image").ToList();
        Assert.Equal(["16", "32", "80"], icons.Select(i => (string)i.Attribute("size")!));
        Assert.All(icons, icon => Assert.Equal($"https://{Host}/addin/icon-{icon.Attribute("size")!.Value}.png", Resource(overrides, "Images", "Image", icon)));
    }

    [Fact]
    public void Every_icon_the_manifest_names_is_one_the_host_serves_at_that_size()
    {
        var manifest = Parse(OfficeManifest.Build($"https://{Host}", AppId)).Root!;
        var pngs = manifest.DescendantsAndSelf().Attributes("DefaultValue").Select(a => a.Value).Where(v => v.EndsWith(".png", StringComparison.Ordinal)).Distinct().ToList();
        var served = OfficeAddinIcons.Sizes.ToDictionary(size => $"https://{Host}{OfficeIconEndpoints.PathOf(size)}");

        Assert.NotEmpty(pngs);
        Assert.All(pngs, url => Assert.True(served.ContainsKey(url), $"{url} is not served by MapOfficeIcons"));
        Assert.All(pngs, url => Assert.Equal((served[url], served[url]), PngImage.HeaderSize(OfficeAddinIcons.Png(served[url]))));
    }

    [Fact]
    public void Sign_in_is_declared_for_the_app_id_on_the_host()
    {
        var overrides = Parse(OfficeManifest.Build($"https://{Host}", AppId.ToUpperInvariant())).Root!.Element(Overrides + "VersionOverrides")!;
        var signIn = overrides.Element(Overrides + "WebApplicationInfo")!;

        Assert.Equal(AppId, signIn.Element(Overrides + "Id")!.Value);
        Assert.Equal($"api://{Host}/{AppId}", signIn.Element(Overrides + "Resource")!.Value);
        Assert.Equal(["openid", "profile"], signIn.Element(Overrides + "Scopes")!.Elements(Overrides + "Scope").Select(s => s.Value));
        Assert.Same(overrides.Elements().Last(), signIn); // after Resources, where the schema has it
    }

    [Fact]
    public void Without_an_app_id_sign_in_is_left_out_and_nothing_is_left_unfilled()
    {
        var text = OfficeManifest.Build($"https://{Host}", appId: null);
        var overrides = Parse(text).Root!.Element(Overrides + "VersionOverrides")!;

        Assert.Null(overrides.Element(Overrides + "WebApplicationInfo"));
        Assert.NotNull(overrides.Element(Overrides + "Resources"));
        Assert.DoesNotContain("{{", text);
        Assert.DoesNotContain("api://", text);
    }

    [Fact]
    public void Add_in_id_stays_the_same_for_a_host_however_it_is_written_and_differs_between_hosts()
    {
        static string IdOf(string host) => Parse(OfficeManifest.Build(host, appId: null)).Root!.Element(App + "Id")!.Value;

        var id = IdOf($"https://{Host}");
        Assert.True(Guid.TryParseExact(id, "D", out var guid));
        Assert.Equal(5, guid.Version);
        Assert.Equal(id, IdOf(Host));
        Assert.Equal(id, IdOf("https://TeamBot.Example.ORG:443/"));
        Assert.NotEqual(id, IdOf("https://test.teambot.example.org"));
        Assert.NotEqual(id, IdOf("https://localhost:7443"));
        Assert.NotEqual(AppId, IdOf(Host));
    }

    [Fact]
    public void Name_based_id_is_uuid_version_5_as_rfc_9562_defines_it()
    {
        // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), OfficeAddinId.NameBased(dns, "www.example.com"));
    }

    [Theory]
    [InlineData("teambot.example.org", "teambot.example.org")]
    [InlineData("https://teambot.example.org", "teambot.example.org")]
    [InlineData(" HTTPS://TeamBot.Example.org/ ", "teambot.example.org")]
    [InlineData("https://teambot.example.org:443", "teambot.example.org")]
    [InlineData("https://localhost:7443", "localhost:7443")]
    [InlineData("localhost:7443", "localhost:7443")]
    public void Host_is_taken_with_or_without_https_and_written_as_host_and_port(string given, string expected)
    {
        Assert.Equal(expected, OfficeManifestInput.Host(given));
    }

    [Theory]
    [InlineData("", "De host ontbreekt")]
    [InlineData("http://teambot.example.org", "gebruikt http: Office laadt een invoegtoepassing alleen over https, dus 'https://teambot.example.org'")]
    [InlineData("ftp://teambot.example.org", "heeft het schema 'ftp'")]
    [InlineData("https://teambot.example.org/addin/taskpane.html", "bevat een pad")]
    [InlineData("teambot.example.org?x=1", "bevat een pad")]
    [InlineData("https://team bot.example.org", "is geen geldige hostnaam")]
    [InlineData("https://teambot.example.org\"", "is geen geldige hostnaam")]
    [InlineData("https://user@teambot.example.org", "is geen geldige hostnaam")]
    [InlineData("https://localhost:99999", "de poort '99999'")]
    [InlineData("https://localhost:", "de poort ''")]
    public void Host_that_is_not_an_https_address_or_host_name_is_refused_in_dutch(string host, string expected)
    {
        var error = Assert.Throws<OfficeManifestException>(() => OfficeManifest.Build(host, AppId));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData(" ", "De app-id is leeg")]
    [InlineData("teambot", "De app-id 'teambot' is geen GUID")]
    [InlineData("{6f1c2a9e-3b4d-4e8f-9a2b-7c5d1e0f3a48}", "is geen GUID")]
    [InlineData("6f1c2a9e3b4d4e8f9a2b7c5d1e0f3a48", "is geen GUID")]
    public void App_id_that_is_not_a_guid_is_refused_in_dutch(string appId, string expected)
    {
        var error = Assert.Throws<OfficeManifestException>(() => OfficeManifest.Build(Host, appId));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Filled_values_are_escaped_by_the_xml_tree()
    {
        const string Template = """<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"><Id>{{ADDIN_ID}}</Id><SupportUrl DefaultValue="https://{{HOST}}/"/></OfficeApp>""";

        var root = Parse(OfficeManifestTemplate.Fill(Template, "a<b&c", "x\"y'z", appId: null)).Root!;

        Assert.Equal("a<b&c", root.Element(App + "Id")!.Value);
        Assert.Equal("https://x\"y'z/", Default(root, "SupportUrl"));
    }

    [Fact]
    public void Template_with_an_unknown_placeholder_is_refused()
    {
        const string Template = """<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"><Version>{{VERSION}}</Version></OfficeApp>""";

        var error = Assert.Throws<InvalidDataException>(() => OfficeManifestTemplate.Fill(Template, "id", "host", "app"));

        Assert.Contains("onbekende plaatshouder {{VERSION}}", error.Message);
    }

    [Fact]
    public void Template_that_needs_the_app_id_outside_the_sign_in_block_is_refused_without_one()
    {
        const string Template = """<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"><Id>{{APP_ID}}</Id></OfficeApp>""";

        var error = Assert.Throws<InvalidDataException>(() => OfficeManifestTemplate.Fill(Template, "id", "host", appId: null));

        Assert.Contains("{{APP_ID}} buiten WebApplicationInfo", error.Message);
    }

    [Fact]
    public void Template_that_is_not_an_office_app_is_refused()
    {
        Assert.Contains("geen geldige XML", Assert.Throws<InvalidDataException>(() => OfficeManifestTemplate.Fill("<OfficeApp>", "id", "host", null)).Message);
        Assert.Contains("hoofdelement moet OfficeApp zijn", Assert.Throws<InvalidDataException>(() => OfficeManifestTemplate.Fill("<OfficeApp/>", "id", "host", null)).Message);
    }

    [Fact]
    public void Template_is_found_from_the_test_program_folder()
    {
        Assert.EndsWith(Path.Combine("manifest", "office", "manifest.xml"), OfficeManifestTemplate.Locate());
    }

    private static XDocument Parse(string manifest) => XDocument.Parse(manifest);

    private static string Default(XElement root, string element) => root.Element(App + element)!.Attribute("DefaultValue")!.Value;

    /// <summary>The DefaultValue of the resource that a resid points at, in Resources' collection of that kind.</summary>
    private static string Resource(XElement overrides, string collection, string kind, XElement reference)
    {
        var id = reference.Attribute("resid")!.Value;
        return overrides.Element(Overrides + "Resources")!.Element(Types + collection)!.Elements(Types + kind)
            .Single(r => (string?)r.Attribute("id") == id).Attribute("DefaultValue")!.Value;
    }
}
