using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using TeamBot.Bot.Manifest;

namespace TeamBot.Tests.Manifest;

public sealed class OfficeManifestIconsTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(80)]
    public void Add_in_icon_is_an_rgba_png_of_its_size(int size)
    {
        var icon = PngImage.Decode(OfficeAddinIcons.Png(size));

        Assert.Equal((size, size), (icon.Width, icon.Height));
        Assert.Equal((8, 6), (icon.BitDepth, icon.ColorType));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(80)]
    public void Add_in_icon_is_the_mark_in_the_accent_colour_on_a_transparent_background(int size)
    {
        var icon = PngImage.Decode(OfficeAddinIcons.Png(size));
        var pixels = icon.AllPixels().ToList();

        Assert.Equal(0, icon.At(size - 1, size - 1).A); // right of the bubble's tail
        Assert.Equal((0x1E, 0x5A, 0xA8, 255), icon.At(size / 8, size / 2)); // the bubble, left of the "T"
        Assert.Equal(0, icon.At(size / 2, size / 2).A); // the "T" is cut out of it
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((0x1E, 0x5A, 0xA8), (p.R, p.G, p.B)));
        Assert.InRange(pixels.Count(p => p.A == 255), pixels.Count / 4, pixels.Count * 3 / 4);
    }

    [Fact]
    public void Add_in_accent_colour_is_the_teams_apps_accent_colour()
    {
        using var teams = JsonDocument.Parse(TeamsManifestTemplate.Load());

        Assert.Equal(OfficeAddinIcons.AccentColor, teams.RootElement.GetProperty("accentColor").GetString());
    }

    [Fact]
    public void Icon_of_a_size_the_add_in_does_not_have_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OfficeAddinIcons.Png(48));
    }

    [Fact]
    public async Task Host_serves_every_add_in_icon_as_a_png_without_sign_in()
    {
        await using var app = await StartAsync();
        using var client = app.GetTestClient();

        foreach (var size in OfficeAddinIcons.Sizes)
        {
            using var response = await client.GetAsync($"/addin/icon-{size}.png");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(OfficeAddinIcons.Png(size), await response.Content.ReadAsByteArrayAsync());
            Assert.Contains("max-age", response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task Host_has_no_icon_of_another_size()
    {
        await using var app = await StartAsync();
        using var client = app.GetTestClient();

        using var response = await client.GetAsync("/addin/icon-48.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Built_manifest_and_icons_are_written_to_artifacts_to_look_at()
    {
        var folder = Path.Combine(OfficeManifestSchema.RepositoryRoot(), "artifacts", "office-addin");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.xml"), OfficeManifest.Build($"https://{OfficeManifestTests.Host}", OfficeManifestTests.AppId));
        foreach (var size in OfficeAddinIcons.Sizes)
            File.WriteAllBytes(Path.Combine(folder, OfficeAddinIcons.FileName(size)), OfficeAddinIcons.Png(size));

        Assert.All(OfficeAddinIcons.Sizes, size => Assert.True(File.Exists(Path.Combine(folder, OfficeAddinIcons.FileName(size)))));
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        app.MapOfficeIcons();
        await app.StartAsync();
        return app;
    }
}
