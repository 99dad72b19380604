using System.Text.Json;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Cli;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Ask_json_prints_one_object_with_the_agreed_fields()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("ask", "Welke aanbieders leveren pleegzorg in Heerlen?", "--json", "--data", folder.File("data"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(
            ["category", "confidence", "intent", "answer", "redactedQuestion", "sources", "escalate"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("contract", root.GetProperty("category").GetString());
        Assert.Contains("Pleegzorg Mergelland", root.GetProperty("answer").GetString());
        var source = root.GetProperty("sources")[0];
        Assert.Equal("verwijsgids", source.GetProperty("kind").GetString());
        Assert.False(root.GetProperty("escalate").GetBoolean());
    }

    [Fact]
    public async Task Ask_json_without_a_question_answers_each_line_of_standard_input_in_order()
    {
        using var folder = new TempDirectory();
        var questions = "hoi\nWie levert pleegzorg?\nMevrouw Jansen (34) wil minder uren, hoeveel moet ik indiceren?\n";

        var result = await TeamBotProcess.RunWithInputAsync(questions, "ask", "--json", "--gemeente", "Heerlen", "--data", folder.File("data"));

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["overig", "contract", "casuistiek"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("category").GetString()));
        Assert.Equal("Mevrouw [NAAM] (34) wil minder uren, hoeveel moet ik indiceren?",
            JsonDocument.Parse(lines[2]).RootElement.GetProperty("redactedQuestion").GetString());
    }

    [Fact]
    public async Task Log_export_writes_a_workbook_and_refuses_a_bad_date_with_a_dutch_message()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");
        await TeamBotProcess.RunAsync("ask", "Wie levert pleegzorg?", "--data", data);

        var good = await TeamBotProcess.RunAsync("log", "export", "--out", folder.File("log.xlsx"), "--data", data);
        var bad = await TeamBotProcess.RunAsync("log", "export", "--out", folder.File("x.xlsx"), "--from", "31-02-2026", "--data", data);

        Assert.Equal(0, good.ExitCode);
        Assert.Contains("1 vraag geëxporteerd", good.Output);
        Assert.True(File.Exists(folder.File("log.xlsx")));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--from: '31-02-2026' is geen geldige datum", bad.Error);
    }

    [Fact]
    public async Task A_question_without_the_ask_verb_is_refused_instead_of_starting_a_server()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("Wie levert pleegzorg?", "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Onbekende opdracht 'Wie levert pleegzorg?'", result.Error);
    }
}
