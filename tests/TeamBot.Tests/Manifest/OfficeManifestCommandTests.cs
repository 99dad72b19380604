using System.Xml.Linq;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Manifest;

public sealed class OfficeManifestCommandTests
{
    private static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

    [Fact]
    public async Task Manifest_office_writes_a_valid_manifest_with_sign_in_and_says_where_in_dutch()
    {
        using var folder = new TempDirectory();
        var output = folder.File("uit/manifest.xml");

        var result = await TeamBotProcess.RunAsync("manifest", "office", "--host", $"https://{OfficeManifestTests.Host}", "--app-id", OfficeManifestTests.AppId, "--out", output);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Office-manifest geschreven naar {output}: TeamBot voor Word en Excel op https://{OfficeManifestTests.Host}", line);
        Assert.Contains($"met aanmelden via app-id {OfficeManifestTests.AppId}.", line);
        Assert.NotNull(XDocument.Load(output).Descendants(Overrides + "WebApplicationInfo").SingleOrDefault());
        var schema = await OfficeManifestSchema.ValidateFileAsync(output);
        Assert.True(schema.IsValid, schema.Messages);
    }

    [Fact]
    public async Task Manifest_office_without_an_app_id_says_there_is_no_sign_in()
    {
        using var folder = new TempDirectory();
        var output = folder.File("manifest.xml");

        var result = await TeamBotProcess.RunAsync("manifest", "office", "--host", OfficeManifestTests.Host, "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("zonder aanmelden.", result.Output);
        Assert.Contains("Zonder --app-id staat er geen WebApplicationInfo in het manifest", result.Output);
        Assert.Empty(XDocument.Load(output).Descendants(Overrides + "WebApplicationInfo"));
    }

    [Fact]
    public async Task Manifest_office_on_http_exits_2_with_a_dutch_message_and_writes_nothing()
    {
        using var folder = new TempDirectory();
        var output = folder.File("manifest.xml");

        var result = await TeamBotProcess.RunAsync("manifest", "office", "--host", "http://localhost:3978", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Office-manifest niet gemaakt: De host 'http://localhost:3978' gebruikt http", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Manifest_office_with_an_app_id_that_is_no_guid_exits_2()
    {
        using var folder = new TempDirectory();
        var output = folder.File("manifest.xml");

        var result = await TeamBotProcess.RunAsync("manifest", "office", "--host", OfficeManifestTests.Host, "--app-id", "teambot", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("De app-id 'teambot' is geen GUID", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Manifest_office_without_a_host_exits_2()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("manifest", "office", "--out", folder.File("manifest.xml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("De host ontbreekt", result.Error);
    }
}
