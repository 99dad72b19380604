using System.IO.Compression;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Manifest;

public sealed class ManifestCommandTests
{
    [Fact]
    public async Task Manifest_pack_writes_the_package_and_says_where_in_dutch()
    {
        using var folder = new TempDirectory();
        var output = folder.File("uit/teambot.zip");

        var result = await TeamBotProcess.RunAsync("manifest", "pack", "--app-id", TeamsAppPackageTests.AppId.ToUpperInvariant(), "--host", TeamsAppPackageTests.Host, "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Teams-app-pakket geschreven naar {output}", result.Output);
        Assert.Contains($"voor app-id {TeamsAppPackageTests.AppId} op host {TeamsAppPackageTests.Host}.", result.Output);
        using var archive = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task Manifest_pack_with_an_address_as_host_exits_2_with_a_dutch_message_and_writes_nothing()
    {
        using var folder = new TempDirectory();
        var output = folder.File("teambot.zip");

        var result = await TeamBotProcess.RunAsync("manifest", "pack", "--app-id", TeamsAppPackageTests.AppId, "--host", "https://teambot.example.org/api", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Teams-app-pakket niet gemaakt: De host 'https://teambot.example.org/api' bevat een schema", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Manifest_pack_without_an_app_id_exits_2_with_a_dutch_message()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("manifest", "pack", "--host", TeamsAppPackageTests.Host, "--out", folder.File("teambot.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("De app-id ontbreekt", result.Error);
    }
}
