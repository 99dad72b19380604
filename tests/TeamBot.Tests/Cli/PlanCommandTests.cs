using System.Text.Json;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Cli;

public sealed class PlanCommandTests
{
    private static readonly string JeugdPlan = Path.Combine(AppContext.BaseDirectory, "templates", "plans", "uitvoeringsplan-jeugd-2021.yaml");

    [Fact]
    public async Task Plan_costs_json_lists_each_allocation_with_the_agreed_fields_and_rounded_numbers()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("plan", "costs", "--plan", JeugdPlan, "--json", "--data", folder.File("data"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var allocations = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, allocations.Count);
        Assert.Equal(["titel", "totaal", "regels"], allocations[0].EnumerateObject().Select(p => p.Name));
        var beek = allocations[0].GetProperty("regels")[0];
        Assert.Equal(["gemeente", "bedrag", "perSleutel"], beek.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Uitvoeringskosten per gemeente 2021", allocations[0].GetProperty("titel").GetString());
        Assert.Equal(2394000m, allocations[0].GetProperty("totaal").GetDecimal());
        Assert.Equal(("Beek", "81456"), (beek.GetProperty("gemeente").GetString(), beek.GetProperty("bedrag").GetRawText()));
        Assert.Equal(
            [("Rato", 37406m), ("Jongeren <20", 16160m), ("Toekenningen", 15202m), ("Declaraties", 12688m)],
            beek.GetProperty("perSleutel").EnumerateObject().Select(p => (p.Name, p.Value.GetDecimal())));
        var cooperationBeek = allocations[1].GetProperty("regels")[0];
        Assert.Equal("27584.03", cooperationBeek.GetProperty("bedrag").GetRawText());
        Assert.Equal("1397920.00", allocations[1].GetProperty("totaal").GetRawText());
    }

    [Fact]
    public async Task Plan_costs_with_an_agreed_total_prints_it_and_warns_on_stderr_but_exits_0()
    {
        using var folder = new TempDirectory();
        var wmo = Path.Combine(AppContext.BaseDirectory, "templates", "plans", "uitvoeringsplan-wmo-2023.yaml");

        var result = await TeamBotProcess.RunAsync("plan", "costs", "--plan", wmo, "--data", folder.File("data"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Vastgesteld totaal (in het document): € 250.694.", result.Output);
        Assert.Contains("(kostenverdelingen[0].vastgesteldTotaal): waarschuwing: Het vastgestelde totaal € 250.694", result.Error);
        Assert.Contains("wijkt € 94 af van de som van de regels (€ 250.788)", result.Error);
    }

    [Fact]
    public async Task Plan_costs_prints_a_dutch_table_per_allocation()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("plan", "costs", "--plan", JeugdPlan, "--data", folder.File("data"));

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Uitvoeringskosten per gemeente 2021", lines[0]);
        Assert.Matches(@"^Gemeente\s+Rato\s+Jongeren <20\s+Toekenningen\s+Declaraties\s+Totaal$", lines[3]);
        Assert.Matches(@"^Beek\s+€ 37\.406\s+€ 16\.160\s+€ 15\.202\s+€ 12\.688\s+€ 81\.456$", lines[4]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Totaal\s+€ 598\.500\s+€ 598\.500\s+€ 598\.500\s+€ 598\.500\s+€ 2\.394\.000$"));
        Assert.Contains("Dekking kosten regio-samenwerking Zuid-Limburg 2021", result.Output);
        Assert.Matches(@"Beek\s+€ 27\.584,03\s+€ 27\.584,03", result.Output);
    }

    [Theory]
    [InlineData("jaar: 2021\nregio: [Zuid-Limburg\n", "fout.yaml, regel 3, kolom 1: Dit is geen geldige YAML. Een lijst tussen [ en ] is niet gesloten")]
    [InlineData("soort: uitvoeringsplan\n[jaar: 2021\nregio: Zuid-Limburg\n", "Na deze plek is de YAML niet te lezen: waarschijnlijk een [ of { die niet gesloten wordt")]
    [InlineData("jaar: 2021\nregio: Zuid-Limburg\ngemeenteTaken:\n  - gemeente: Beek\n  - gemeente: Beek\n", "fout.yaml, regel 5, kolom 15 (gemeenteTaken[1].gemeente): Gemeente 'Beek' staat dubbel")]
    [InlineData("jaar: 2021\nregio: Zuid-Limburg\ngemeenteTaken:\n  - gemeente: Atlantis\n", "fout.yaml, regel 4, kolom 15 (gemeenteTaken[0].gemeente): Gemeente 'Atlantis' hoort niet bij regio 'Zuid-Limburg'")]
    public async Task A_plan_that_cannot_be_read_or_names_a_gemeente_wrongly_exits_2_in_Dutch(string yaml, string expected)
    {
        using var folder = new TempDirectory();
        var plan = folder.File("fout.yaml");
        await File.WriteAllTextAsync(plan, yaml);

        var result = await TeamBotProcess.RunAsync("plan", "costs", "--plan", plan, "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("While", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task Plan_costs_with_bad_plan_data_exits_2_with_every_located_problem_and_no_stack_trace()
    {
        using var folder = new TempDirectory();
        var plan = folder.File("fout.yaml");
        await File.WriteAllTextAsync(plan, """
            jaar: 2021
            regio: Zuid-Limburg
            kostenverdelingen:
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Rato
                    gewigt: 100%
                    basis: gelijk
            """);

        var result = await TeamBotProcess.RunAsync("plan", "costs", "--plan", plan, "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fout.yaml, regel 9, kolom 9 (kostenverdelingen[0].sleutels[0].gewigt): Onbekend veld 'gewigt'. Bedoelt u 'gewicht'?", result.Error);
        Assert.Contains("(kostenverdelingen[0].sleutels[0].gewicht): Het veld 'gewicht' ontbreekt", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Plan_costs_that_cannot_be_allocated_exits_2_with_the_located_problem()
    {
        using var folder = new TempDirectory();
        var plan = folder.File("plan.yaml");
        await File.WriteAllTextAsync(plan, """
            jaar: 2021
            regio: Zuid-Limburg
            kostenverdelingen:
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels: [{naam: Rato, gewicht: 100%, basis: gelijk}]
                gemeenten: [Beek, Bek]
            """);

        var result = await TeamBotProcess.RunAsync("plan", "costs", "--plan", plan, "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("plan.yaml, regel 8, kolom 23 (kostenverdelingen[0].gemeenten[1]): Onbekende gemeente 'Bek'", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }

    [Fact]
    public async Task Plan_costs_with_a_missing_file_exits_2()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("plan", "costs", "--plan", folder.File("weg.yaml"), "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bestaat niet", result.Error);
    }
}
