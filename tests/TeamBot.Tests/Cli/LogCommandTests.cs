using System.Text.Json;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Cli;

public sealed class LogCommandTests
{
    private const string Questions = "Wie levert pleegzorg?\nMevrouw Jansen (34) wil minder uren, hoeveel moet ik indiceren?\nhoi\n";

    [Fact]
    public async Task Log_stats_prints_the_figures_of_the_period_in_Dutch_blocks()
    {
        using var folder = new TempDirectory();
        var data = await AskedTodayAsync(folder);

        var result = await TeamBotProcess.RunAsync(["log", "stats", .. AroundToday(), "--data", data]);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("Vragen van toegangen, ", lines[0]);
        Assert.Contains(" tot en met ", lines[0]);
        Assert.Matches(@"^  totaal\s+3$", lines[3]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  over contract en casuïstiek\s+2$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  direct beantwoord \(%\)\s+100$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  Heerlen\s+3$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  antwoordtijd mediaan \(werkdagen\)\s+-$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  uren bespaard\s+0,7$"));
        foreach (var part in new[] { "Vragen", "Categorie", "Gemeente", "Casuïstiek doorverwezen", "Week", "Escalaties", "Feedback", "Tijdsbesparing" })
            Assert.Contains(part, lines);
        Assert.DoesNotContain("Jansen", result.Output);
    }

    [Fact]
    public async Task Log_stats_json_has_the_agreed_camelCase_fields()
    {
        using var folder = new TempDirectory();
        var data = await AskedTodayAsync(folder);

        var result = await TeamBotProcess.RunAsync(["log", "stats", .. AroundToday(), "--json", "--data", data]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(
            ["period", "total", "perCategory", "perMunicipality", "perWeek", "caseQuestionsRedirected", "answeredAtOnce", "escalations", "feedback", "timeSaved", "hasQuestions"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal(
            [("contract", 1), ("casuistiek", 1), ("overig", 1)],
            root.GetProperty("perCategory").EnumerateArray().Select(c => (c.GetProperty("category").GetString(), c.GetProperty("questions").GetInt32())));
        var heerlen = Assert.Single(root.GetProperty("perMunicipality").EnumerateArray());
        Assert.Equal(("Heerlen", 3, 1), (heerlen.GetProperty("municipality").GetString(), heerlen.GetProperty("questions").GetInt32(), heerlen.GetProperty("caseQuestionsRedirected").GetInt32()));
        Assert.Equal(
            ["escalated", "answered", "answeredWithinNorm", "answeredWithinNormPercent", "open", "openOverdue", "normWorkingDays", "medianWorkingDays", "averageWorkingDays"],
            root.GetProperty("escalations").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("escalations").GetProperty("medianWorkingDays").ValueKind);
        Assert.Equal(100m, root.GetProperty("answeredAtOnce").GetProperty("sharePercent").GetDecimal());
        Assert.Equal(20, root.GetProperty("timeSaved").GetProperty("minutesPerQuestion").GetInt32());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("period").GetProperty("from").GetString());
    }

    [Fact]
    public async Task Log_stats_over_an_empty_log_says_so_and_prints_zeros()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("log", "stats", "--from", "01-01-2019", "--to", "31-01-2019", "--data", folder.File("data"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Vragen van toegangen, 01-01-2019 tot en met 31-01-2019\nGeen vragen in deze periode.", result.Output.Replace("\r", ""));
        Assert.Matches(@"(?m)^  2019-W05\s+0\r?$", result.Output);
    }

    [Theory]
    [InlineData("--from", "31-02-2026", "--from: '31-02-2026' is geen geldige datum (verwacht dd-mm-jjjj, bijvoorbeeld 01-11-2026).")]
    [InlineData("--to", "2026/12/01", "--to: '2026/12/01' is geen geldige datum (verwacht dd-mm-jjjj, bijvoorbeeld 01-11-2026).")]
    public async Task Log_stats_refuses_a_bad_date_in_Dutch_naming_the_option_without_a_stack_trace(string option, string value, string expected)
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("log", "stats", option, value, "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Log_stats_refuses_a_period_that_ends_before_it_starts()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("log", "stats", "--from", "02-12-2026", "--to", "01-12-2026", "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--from 02-12-2026 ligt na --to 01-12-2026: de periode moet beginnen vóór ze eindigt.", result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error);
    }

    /// <summary>A contract question, a casuïstiek question and small talk from Heerlen, asked now.</summary>
    private static async Task<string> AskedTodayAsync(TempDirectory folder)
    {
        var data = folder.File("data");
        var asked = await TeamBotProcess.RunWithInputAsync(Questions, "ask", "--gemeente", "Heerlen", "--data", data);
        Assert.Equal(0, asked.ExitCode);
        return data;
    }

    /// <summary>Yesterday to tomorrow, so a run across midnight still finds the questions it just asked.</summary>
    private static string[] AroundToday()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        return ["--from", today.AddDays(-1).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture),
                "--to", today.AddDays(1).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)];
    }
}
