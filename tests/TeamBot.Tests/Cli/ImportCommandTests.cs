using System.Text.Json;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Cli;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Import_of_a_good_workbook_exits_0_with_a_one_line_summary()
    {
        using var folder = new TempDirectory();
        var workbook = TestWorkbook.Valid().SaveTo(folder.File("regio.xlsx"));

        var result = await TeamBotProcess.RunAsync("import", workbook, "--data", folder.File("data"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "Geïmporteerd: regio.xlsx — 3 gemeenten, 3 aanbieders, 2 producten, 3 contracten, 0 documenten (0 secties); wijzigingen: 3 nieuw, 0 beëindigd, 0 gewijzigd.",
            result.Output.Trim());
    }

    [Fact]
    public async Task Import_of_a_bad_workbook_exits_2_with_every_problem_and_no_stack_trace()
    {
        using var folder = new TempDirectory();
        var workbook = TestWorkbook.Valid()
            .Set("Contracten", 2, "Productcode", "99Z99")
            .Set("Contracten", 3, "Tarief", "gratis")
            .SaveTo(folder.File("fout.xlsx"));

        var result = await TeamBotProcess.RunAsync("import", workbook, "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fout.xlsx, blad 'Contracten', rij 2, kolom C (Productcode): Onbekende productcode '99Z99'", result.Error);
        Assert.Contains("fout.xlsx, blad 'Contracten', rij 3, kolom F (Tarief): 'gratis' is geen bedrag of getal", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }

    [Fact]
    public async Task Region_show_lists_what_the_import_stored_as_json()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");
        await TeamBotProcess.RunAsync("import", TestWorkbook.Valid().SaveTo(folder.File("regio.xlsx")), "--data", data);

        var result = await TeamBotProcess.RunAsync("region", "show", "--json", "--data", data);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(3, json.RootElement.GetProperty("counts").GetProperty("contracts").GetInt32());
        Assert.Equal(["Beek", "Maastricht", "Vaals"],
            json.RootElement.GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal("regio.xlsx", json.RootElement.GetProperty("lastImport").GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Region_show_on_a_new_data_folder_loads_the_sample_region()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("region", "show", "--data", folder.File("data"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Regio's: Maastricht-Heuvelland, Zuid-Limburg", result.Output);
        Assert.Contains("Laatste import: voorbeeldregio.xlsx", result.Output);
    }
}
