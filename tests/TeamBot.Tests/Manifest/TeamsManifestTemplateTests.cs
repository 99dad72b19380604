using System.Text.Json;
using TeamBot.Bot.Manifest;

namespace TeamBot.Tests.Manifest;

public sealed class TeamsManifestTemplateTests
{
    [Fact]
    public void Filled_values_are_json_escaped_inside_their_strings()
    {
        var filled = TeamsManifestTemplate.Fill("""{"id":"{{APP_ID}}","url":"https://{{HOST}}/"}""", "a\"b\\c", "x\ny");

        using var manifest = JsonDocument.Parse(filled);
        Assert.Equal("a\"b\\c", manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal("https://x\ny/", manifest.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public void Template_with_an_unknown_placeholder_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => TeamsManifestTemplate.Fill("""{"version":"{{VERSION}}"}""", "id", "host"));

        Assert.Contains("onbekende plaatshouder {{VERSION}}", error.Message);
    }

    [Fact]
    public void Template_that_is_not_json_after_filling_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => TeamsManifestTemplate.Fill("""{"id":{{APP_ID}}}""", "id", "host"));

        Assert.Contains("geen geldige JSON", error.Message);
    }

    [Fact]
    public void Template_is_found_from_the_test_program_folder()
    {
        var path = TeamsManifestTemplate.Locate();

        Assert.EndsWith(Path.Combine("manifest", "teams", "manifest.json"), path);
    }
}
