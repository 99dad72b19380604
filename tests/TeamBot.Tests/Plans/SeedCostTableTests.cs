using TeamBot.Core.Plans;

namespace TeamBot.Tests.Plans;

/// <summary>
/// Seed 002 (Transformatieplan 2023 Jeugdhulp Zuid-Limburg, ch. 7) prints two cost tables split over the 16
/// gemeenten. These tests rebuild them from their inputs (the amount, the verdeelsleutels and the sample region's
/// Gemeenten columns) and compare every printed cell.
/// </summary>
public sealed class SeedCostTableTests
{
    private const string ExecutionCosts2021 = """
        jaar: 2021
        regio: Zuid-Limburg
        kostenverdelingen:
          - titel: Uitvoeringskosten per gemeente 2021
            bedrag: 2394000
            afronding: euro
            sluitend: false
            sleutels:
              - naam: Rato
                gewicht: 25%
                basis: gelijk
              - naam: Jongeren <20
                gewicht: 25%
                basis: kolom
              - naam: Toekenningen
                gewicht: 25%
                basis: kolom
              - naam: Declaraties
                gewicht: 25%
                basis: kolom
        """;

    // Seed 002 §7.2.5, table "Uitvoeringskosten per gemeente" (2021): Rato, Jongeren <20, Toe-kenningen, Declaraties,
    // Aandeel totaal, in whole euros. The seed spells Gulpen-Wittem "Gulpen-Wittern".
    private static readonly (string Gemeente, decimal Rato, decimal Jongeren, decimal Toekenningen, decimal Declaraties, decimal Totaal)[] ExecutionCostRows =
    [
        ("Beek", 37406, 16160, 15202, 12688, 81456),
        ("Beekdaelen", 37406, 38124, 39441, 32379, 147351),
        ("Brunssum", 37406, 29686, 6045, 39800, 112937),
        ("Eijsden-Margraten", 37406, 29506, 21426, 17775, 106114),
        ("Gulpen-Wittem", 37406, 13227, 9097, 7900, 67631),
        ("Heerlen", 37406, 90374, 82114, 95102, 304996),
        ("Kerkrade", 37406, 45067, 63920, 74932, 221325),
        ("Landgraaf", 37406, 39262, 27770, 37765, 142204),
        ("Maastricht", 37406, 105635, 131730, 120179, 394950),
        ("Meerssen", 37406, 20469, 19691, 15501, 93067),
        ("Simpelveld", 37406, 11431, 11012, 13047, 72897),
        ("Sittard-Geleen", 37406, 96299, 117366, 86902, 337973),
        ("Stein", 37406, 25376, 26633, 21366, 110782),
        ("Vaals", 37406, 8439, 6763, 5446, 58055),
        ("Valkenburg aan de Geul", 37406, 15441, 14364, 10713, 77925),
        ("Voerendaal", 37406, 14005, 5925, 7002, 64339),
    ];

    private const string RegionalCooperation = """
        jaar: 2021
        regio: Zuid-Limburg
        kostenverdelingen:
          - titel: Dekking kosten regio-samenwerking Zuid-Limburg 2021
            bedrag: 1397920
            afronding: cent
            sluitend: false
            sleutels:
              - naam: Objectief budget
                gewicht: 100%
                basis: kolom
          - titel: Dekking kosten regio-samenwerking Zuid-Limburg 2020
            bedrag: 766500
            afronding: cent
            sleutels:
              - naam: Objectief budget
                gewicht: 100%
                basis: kolom
        """;

    // Seed 002 §7.1.3, table "Dekking kosten regio-samenwerking Zuid-Limburg 2021": columns "Bijdrage 2021" and
    // "Bijdrage 2020", to the cent, split by the objectief verdeelmodel Jeugd 2019.
    private static readonly (string Gemeente, decimal Bijdrage2021, decimal Bijdrage2020)[] CooperationRows =
    [
        ("Beek", 27584.03m, 15124.73m),
        ("Beekdaelen", 65696.47m, 36022.34m),
        ("Sittard-Geleen", 229420.68m, 125794.72m),
        ("Stein", 47516.57m, 26054.03m),
        ("Brunssum", 84116.35m, 46122.23m),
        ("Heerlen", 286323.24m, 156995.22m),
        ("Kerkrade", 132604.47m, 72708.97m),
        ("Landgraaf", 102924.19m, 56434.84m),
        ("Simpelveld", 21445.22m, 11758.73m),
        ("Voerendaal", 20687.31m, 11343.15m),
        ("Eijsden-Margraten", 34813.38m, 19088.69m),
        ("Gulpen-Wittem", 19887.48m, 10904.60m),
        ("Maastricht", 250946.39m, 137597.58m),
        ("Meerssen", 30407.48m, 16672.87m),
        ("Vaals", 17023.03m, 9333.98m),
        ("Valkenburg aan de Geul", 26523.70m, 14543.33m),
    ];

    [Fact]
    public void Uitvoeringskosten_per_gemeente_2021_reproduce_every_cell_of_the_seed_to_the_euro()
    {
        var allocation = PlanTestData.Allocate(ExecutionCosts2021).Single();

        Assert.Equal(ExecutionCostRows.Select(r => r.Gemeente), allocation.Lines.Select(l => l.Gemeente));
        foreach (var row in ExecutionCostRows)
        {
            var line = PlanTestData.Line(allocation, row.Gemeente);
            Assert.Equal(
                (row.Gemeente, row.Rato, row.Jongeren, row.Toekenningen, row.Declaraties, row.Totaal),
                (line.Gemeente, line.PerKey["Rato"], line.PerKey["Jongeren <20"], line.PerKey["Toekenningen"], line.PerKey["Declaraties"], line.Amount));
        }
    }

    [Fact]
    public void Uitvoeringskosten_totals_come_from_the_unrounded_amounts()
    {
        var allocation = PlanTestData.Allocate(ExecutionCosts2021).Single();

        // Each key column totals 598.500 as the seed prints. The seed's grand total 2.394.001 (and the 2.394.002
        // its rounded rows add up to) are rounding artefacts of the 2.394.000 base; the unrounded rows add up to it.
        Assert.All(allocation.KeyNames, key => Assert.Equal(598500m, allocation.KeyTotals[key]));
        Assert.Equal(2394000m, allocation.Total);
        Assert.Equal(2394002m, allocation.Lines.Sum(l => l.Amount));
    }

    [Fact]
    public void Dekking_kosten_regio_samenwerking_2021_and_2020_reproduce_every_row_of_the_seed_to_the_cent()
    {
        var allocations = PlanTestData.Allocate(RegionalCooperation);

        foreach (var row in CooperationRows)
        {
            Assert.Equal((row.Gemeente, row.Bijdrage2021), (row.Gemeente, PlanTestData.Line(allocations[0], row.Gemeente).Amount));
            Assert.Equal((row.Gemeente, row.Bijdrage2020), (row.Gemeente, PlanTestData.Line(allocations[1], row.Gemeente).Amount));
            Assert.Equal(row.Bijdrage2021, PlanTestData.Line(allocations[0], row.Gemeente).PerKey["Objectief budget"]);
        }
        Assert.Equal(16, allocations[0].Lines.Count);
        // The seed prints the totals € 1.397.920,00 and € 766.500,00; its rounded rows add up to 1.397.919,99.
        Assert.Equal(1397920.00m, allocations[0].Total);
        Assert.Equal(766500.00m, allocations[1].Total);
        Assert.Equal(1397919.99m, allocations[0].Lines.Sum(l => l.Amount));
    }

    [Fact]
    public void The_shipped_jeugd_2021_plan_gives_the_same_two_seed_tables()
    {
        var plan = PlanDataLoader.Load(PlanTestData.ShippedPlan("uitvoeringsplan-jeugd-2021.yaml")).Plan!;
        var allocations = CostAllocator.Allocate(plan, PlanTestData.SampleRegion).Allocations;

        var executionCosts = allocations.Single(a => a.Title == "Uitvoeringskosten per gemeente 2021");
        foreach (var row in ExecutionCostRows)
            Assert.Equal(row.Totaal, PlanTestData.Line(executionCosts, row.Gemeente).Amount);
        var cooperation = allocations.Single(a => a.Title == "Dekking kosten regio-samenwerking Zuid-Limburg 2021");
        Assert.Equal(CooperationRows.Select(r => (r.Gemeente, r.Bijdrage2021)), cooperation.Lines.Select(l => (l.Gemeente, l.Amount)));
    }
}
