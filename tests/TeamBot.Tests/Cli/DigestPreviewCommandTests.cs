using System.Globalization;
using System.Text.Json;
using TeamBot.Core.Digest;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Cli;

/// <summary>`teambot digest preview` as a user runs it: the week's data as JSON, the card, and located refusals.</summary>
public sealed class DigestPreviewCommandTests
{
    [Fact]
    public async Task The_json_has_the_agreed_fields_for_the_week_asked()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");
        Assert.Equal(0, (await TeamBotProcess.RunWithInputAsync("Wie biedt logeeropvang in Heerlen?\nhoi\n", "ask", "--data", data)).ExitCode);
        var week = IsoWeek.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime)).ToString();

        var result = await TeamBotProcess.RunAsync("digest", "preview", "--week", week, "--json", "--data", data);

        Assert.True(result.ExitCode == 0, result.Error);
        var digest = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(week, digest.GetProperty("week").GetString());
        Assert.Equal("inkoopteam", digest.GetProperty("audience").GetString());
        var questions = digest.GetProperty("questions");
        Assert.Equal(2, questions.GetProperty("total").GetInt32());
        Assert.Equal(1, questions.GetProperty("contract").GetInt32() + questions.GetProperty("casuistiek").GetInt32());
        Assert.Equal(1, questions.GetProperty("overig").GetInt32());
        Assert.Equal(1, questions.GetProperty("answeredAtOnce").GetInt32());
        Assert.Equal("onbekend", digest.GetProperty("perGemeente")[0].GetProperty("gemeente").GetString());
        Assert.Equal(0, digest.GetProperty("escalations").GetProperty("open").GetInt32());
        Assert.Equal(0, digest.GetProperty("escalations").GetProperty("overdue").GetInt32());
        foreach (var ending in digest.GetProperty("endingContracts").EnumerateArray())
        {
            Assert.True(DateOnly.TryParseExact(ending.GetProperty("einddatum").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.InRange(ending.GetProperty("withinDays").GetInt32(), 0, 180);
            Assert.False(string.IsNullOrEmpty(ending.GetProperty("aanbieder").GetString()));
            Assert.False(string.IsNullOrEmpty(ending.GetProperty("productcode").GetString()));
        }
        Assert.Equal(JsonValueKind.Array, digest.GetProperty("changes").ValueKind);
    }

    [Fact]
    public async Task Without_json_it_prints_the_card_of_the_audience()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("digest", "preview", "--audience", "toegangen", "--gemeente", " heerlen ", "--data", folder.File("data"));

        Assert.True(result.ExitCode == 0, result.Error);
        var card = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains("Weekoverzicht toegang Heerlen", result.Output);
    }

    [Theory]
    [InlineData("--week", "2027-W53", "--week: '2027-W53' is geen bestaande ISO-week")]
    [InlineData("--audience", "iedereen", "--audience: 'iedereen' ken ik niet; kies inkoopteam of toegangen.")]
    [InlineData("--gemeente", "Atlantis", "--gemeente: 'Atlantis' is geen gemeente van de regio. Bekend: Beek,")]
    public async Task Bad_input_is_exit_2_with_the_option_and_the_reason(string option, string value, string message)
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("digest", "preview", option, value, "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Equal("", result.Output);
    }
}
