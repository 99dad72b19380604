namespace TeamBot.Tests.PlanDocuments;

/// <summary>
/// Every figure of the seeds' tables, found row by row in the rendered sample documents as LibreOffice prints them:
/// seed 002's two Jeugd cost tables, seed 003's kosten/uren table with its agreed total, seed 001's formatie shortfall.
/// </summary>
[Collection(RenderedSamples.Collection)]
public sealed class SeedTableFigureTests(RenderedSamples samples)
{
    // Seed 002 §7.2.5: per gemeente the share of each sleutel and of the whole, then the amounts per sleutel and in total.
    private static readonly string[][] ExecutionCostShares =
    [
        ["Beek", "6,25%", "2,70%", "2,54%", "2,12%", "3,40%"],
        ["Beekdaelen", "6,25%", "6,37%", "6,59%", "5,41%", "6,16%"],
        ["Brunssum", "6,25%", "4,96%", "1,01%", "6,65%", "4,72%"],
        ["Eijsden-Margraten", "6,25%", "4,93%", "3,58%", "2,97%", "4,43%"],
        ["Gulpen-Wittem", "6,25%", "2,21%", "1,52%", "1,32%", "2,83%"],
        ["Heerlen", "6,25%", "15,10%", "13,72%", "15,89%", "12,74%"],
        ["Kerkrade", "6,25%", "7,53%", "10,68%", "12,52%", "9,25%"],
        ["Landgraaf", "6,25%", "6,56%", "4,64%", "6,31%", "5,94%"],
        ["Maastricht", "6,25%", "17,65%", "22,01%", "20,08%", "16,50%"],
        ["Meerssen", "6,25%", "3,42%", "3,29%", "2,59%", "3,89%"],
        ["Simpelveld", "6,25%", "1,91%", "1,84%", "2,18%", "3,05%"],
        ["Sittard-Geleen", "6,25%", "16,09%", "19,61%", "14,52%", "14,12%"],
        ["Stein", "6,25%", "4,24%", "4,45%", "3,57%", "4,63%"],
        ["Vaals", "6,25%", "1,41%", "1,13%", "0,91%", "2,43%"],
        ["Valkenburg aan de Geul", "6,25%", "2,58%", "2,40%", "1,79%", "3,26%"],
        ["Voerendaal", "6,25%", "2,34%", "0,99%", "1,17%", "2,69%"],
        ["Totaal", "100,00%", "100,00%", "100,00%", "100,00%", "100,00%"],
    ];

    private static readonly string[][] ExecutionCostAmounts =
    [
        ["Beek", "€ 37.406", "€ 16.160", "€ 15.202", "€ 12.688", "€ 81.456"],
        ["Beekdaelen", "€ 37.406", "€ 38.124", "€ 39.441", "€ 32.379", "€ 147.351"],
        ["Brunssum", "€ 37.406", "€ 29.686", "€ 6.045", "€ 39.800", "€ 112.937"],
        ["Eijsden-Margraten", "€ 37.406", "€ 29.506", "€ 21.426", "€ 17.775", "€ 106.114"],
        ["Gulpen-Wittem", "€ 37.406", "€ 13.227", "€ 9.097", "€ 7.900", "€ 67.631"],
        ["Heerlen", "€ 37.406", "€ 90.374", "€ 82.114", "€ 95.102", "€ 304.996"],
        ["Kerkrade", "€ 37.406", "€ 45.067", "€ 63.920", "€ 74.932", "€ 221.325"],
        ["Landgraaf", "€ 37.406", "€ 39.262", "€ 27.770", "€ 37.765", "€ 142.204"],
        ["Maastricht", "€ 37.406", "€ 105.635", "€ 131.730", "€ 120.179", "€ 394.950"],
        ["Meerssen", "€ 37.406", "€ 20.469", "€ 19.691", "€ 15.501", "€ 93.067"],
        ["Simpelveld", "€ 37.406", "€ 11.431", "€ 11.012", "€ 13.047", "€ 72.897"],
        ["Sittard-Geleen", "€ 37.406", "€ 96.299", "€ 117.366", "€ 86.902", "€ 337.973"],
        ["Stein", "€ 37.406", "€ 25.376", "€ 26.633", "€ 21.366", "€ 110.782"],
        ["Vaals", "€ 37.406", "€ 8.439", "€ 6.763", "€ 5.446", "€ 58.055"],
        ["Valkenburg aan de Geul", "€ 37.406", "€ 15.441", "€ 14.364", "€ 10.713", "€ 77.925"],
        ["Voerendaal", "€ 37.406", "€ 14.005", "€ 5.925", "€ 7.002", "€ 64.339"],
    ];

    // Seed 002 §7.1.3 "Dekking kosten regio-samenwerking Zuid-Limburg 2021": objectief budget, aandeel, bijdrage 2020 and 2021, percentage.
    private static readonly string[][] RegionalCosts =
    [
        ["Beek", "€ 2.339.122", "1,97%", "€ 15.124,73", "€ 27.584,03", "1,18%"],
        ["Beekdaelen", "€ 5.571.052", "4,70%", "€ 36.022,34", "€ 65.696,47", "1,18%"],
        ["Sittard-Geleen", "€ 19.454.843", "16,41%", "€ 125.794,72", "€ 229.420,68", "1,18%"],
        ["Stein", "€ 4.029.399", "3,40%", "€ 26.054,03", "€ 47.516,57", "1,18%"],
        ["Brunssum", "€ 7.133.055", "6,02%", "€ 46.122,23", "€ 84.116,35", "1,18%"],
        ["Heerlen", "€ 24.280.172", "20,48%", "€ 156.995,22", "€ 286.323,24", "1,18%"],
        ["Kerkrade", "€ 11.244.841", "9,49%", "€ 72.708,97", "€ 132.604,47", "1,18%"],
        ["Landgraaf", "€ 8.727.957", "7,36%", "€ 56.434,84", "€ 102.924,19", "1,18%"],
        ["Simpelveld", "€ 1.818.552", "1,53%", "€ 11.758,73", "€ 21.445,22", "1,18%"],
        ["Voerendaal", "€ 1.754.281", "1,48%", "€ 11.343,15", "€ 20.687,31", "1,18%"],
        ["Eijsden-Margraten", "€ 2.952.170", "2,49%", "€ 19.088,69", "€ 34.813,38", "1,18%"],
        ["Gulpen-Wittem", "€ 1.686.456", "1,42%", "€ 10.904,60", "€ 19.887,48", "1,18%"],
        ["Maastricht", "€ 21.280.220", "17,95%", "€ 137.597,58", "€ 250.946,39", "1,18%"],
        ["Meerssen", "€ 2.578.550", "2,18%", "€ 16.672,87", "€ 30.407,48", "1,18%"],
        ["Vaals", "€ 1.443.551", "1,22%", "€ 9.333,98", "€ 17.023,03", "1,18%"],
        ["Valkenburg aan de Geul", "€ 2.249.206", "1,90%", "€ 14.543,33", "€ 26.523,70", "1,18%"],
        ["Totaal", "€ 118.543.427", "100,00%", "€ 766.500,00", "€ 1.397.920,00", "1,18%"],
    ];

    [Fact]
    public void Seed_002s_shares_per_sleutel_and_of_the_whole_are_printed_for_every_gemeente()
    {
        var sample = samples["uitvoeringsplan-jeugd"];

        Assert.Matches(@"Gemeente\s+Rato\s+Jongeren <20\s+Toekenningen\s+Declaraties\s+Aandeel totaal", sample.Text);
        foreach (var row in ExecutionCostShares) sample.HasRow(row);
    }

    [Fact]
    public void Seed_002s_amounts_per_sleutel_are_printed_for_every_gemeente()
    {
        var sample = samples["uitvoeringsplan-jeugd"];

        foreach (var row in ExecutionCostAmounts) sample.HasRow(row);
        // The seed prints 2.394.001; the rows add up to 2.394.002 and the amount split is 2.394.000 (docs/plan-format.md).
        sample.HasRow("Totaal", "€ 598.500", "€ 598.500", "€ 598.500", "€ 598.500", "€ 2.394.000");
    }

    [Fact]
    public void Seed_002s_regional_table_has_the_objectief_budget_both_years_bijdrage_and_the_percentage_of_the_budget()
    {
        var sample = samples["uitvoeringsplan-jeugd"];

        Assert.Matches(@"Gemeente\s+Objectief budget\s+Aandeel\s+Bijdrage 2020\s+Bijdrage 2021\s+Percentage", sample.Text);
        foreach (var row in RegionalCosts) sample.HasRow(row);
        Assert.DoesNotContain("wijkt", sample.Text);
    }

    [Fact]
    public void Seed_003s_table_prints_the_agreed_total_not_the_sum_of_its_rows()
    {
        var sample = samples["uitvoeringsplan-wmo"];

        // The total carries the seed's footnote 2: its mark prints right after the amount.
        Assert.Matches(@"(?m)^\s*Totaal\s+€ 250\.6942\s+2\.296\s*$", sample.Text);
        Assert.Matches(@"2\s*Uitvoeringskosten zijn exclusief BTW\. Discrepancie som en individuele bedragen", sample.Text);
        Assert.DoesNotContain("€ 250.788", sample.Text);
        foreach (var (gemeente, kosten, uren) in new[]
        {
            ("Eijsden-Margraten", "€ 31.081", "285"), ("Gulpen-Wittem", "€ 17.257", "158"), ("Maastricht", "€ 147.258", "1.348"),
            ("Meerssen", "€ 23.015", "210"), ("Vaals", "€ 12.226", "112"), ("Valkenburg aan de Geul", "€ 19.951", "183"),
        })
        {
            Assert.Matches($@"(?m)^\s*{System.Text.RegularExpressions.Regex.Escape(gemeente)}\s+{System.Text.RegularExpressions.Regex.Escape(kosten)}\s+{uren}\s", sample.Text);
        }
    }

    [Fact]
    public void Seed_001s_formatie_closes_its_last_table_with_the_two_totals_and_has_no_empty_meting_column()
    {
        var sample = samples["evaluatie"];

        foreach (var (omschrijving, uren) in new[]
        {
            ("Extra uitvragen: registratie adm. achterstanden", "100"), ("Extra uitvragen: wachtlijsten", "100"),
            ("Extra uitvragen: data analyse", "150"), ("Implementatie administratieve zaken", "100"), ("Herstel foutieve registraties", "400"),
            ("Vragen van toegang/aanbieders", "1.500"), ("Wet vermindering administratieve lasten", "150"),
            ("Doorontwikkeling inkoop (uitgaande van hoogste ambitieniveau)", "800"), ("Verblijf", "750"),
        })
        {
            sample.HasRow(omschrijving, uren);
        }
        sample.HasRow("Totaal extra capaciteit extra taken", "2.350", "1,7");
        sample.HasRow("Totaal extra capaciteit bestaande taken", "1.700", "1,2");
        Assert.Matches(@"Totaal extra capaciteit bestaande taken\s+1\.700\s+1,2\s+Totaal extra capaciteit extra taken\s+2\.350\s+1,7\s+Totaal tekort 2019\s+7\.550\s+2,9", sample.Text);
        Assert.Matches(@"Doel\s+Norm\s+Score\s+Meting", sample.Text);
        Assert.Matches(@"6,7\s+tevredenheidsonderzoek", sample.Text);
    }

    [Theory]
    [InlineData("uitvoeringsplan-wmo", "Inleiding|1. Beleidsvorming Inkoop|2. Werkzaamheden Inkoop|3. Contractmanagement|Implementatiewerkzaamheden|Inhoud Contractmanagement|Contractbeheer|Periodieke gesprekken|Benodigde informatie|Financiële informatie (outputgericht)|Inhoudelijke informatie (output en taakgericht)|Terugkoppeling periodieke gesprekken|Doorontwikkeling|4. Uitvoeringskosten")]
    [InlineData("uitvoeringsplan-jeugd", "Toelichting|Speerpunten|Indeling|Algemeen|Beleidsvorming|Verwerven jeugdhulp en zorg afnemen|Beheersen en afnemen van Jeugdhulp|Samenwerking en communicatie|Ondersteunende processen|Informatiemanagement|Ontwikkelen en innoveren")]
    [InlineData("evaluatie", "Toelichting|Beleidsvorming|Verwerven jeugdhulp en zorg afnemen|Beheersen en afnemen van Jeugdhulp|Samenwerking en communicatie|Ondersteunende processen|Informatiemanagement|Ontwikkelen en innoveren|Formatie Inkoopteam Sociaal Domein")]
    public void The_seeds_sections_come_in_the_seeds_order(string template, string headings)
    {
        var text = samples[template].Text;
        var position = 0;
        foreach (var heading in headings.Split('|'))
        {
            var match = new System.Text.RegularExpressions.Regex(@"(?m)^\s*" + System.Text.RegularExpressions.Regex.Escape(heading) + @"\s*$").Match(text, position);
            Assert.True(match.Success, $"{template}: section '{heading}' missing or out of order");
            position = match.Index + match.Length;
        }
    }
}
