using TeamBot.Core.Plans;
using TeamBot.Core.Regions;

namespace TeamBot.Tests.Plans;

public sealed class CostAllocatorTests
{
    private const string Header = """
        jaar: 2021
        regio: Zuid-Limburg
        kostenverdelingen:

        """;

    [Fact]
    public void Without_sluitend_rows_are_rounded_each_and_the_total_comes_from_the_unrounded_rows()
    {
        var allocation = PlanTestData.Allocate(Header + """
              - titel: Drie gelijke delen
                bedrag: 100
                afronding: cent
                sleutels: [{naam: Rato, gewicht: 100%, basis: gelijk}]
                gemeenten: [Beek, Stein, Vaals]
            """).Single();

        Assert.Equal([33.33m, 33.33m, 33.33m], allocation.Lines.Select(l => l.Amount));
        Assert.Equal(100.00m, allocation.Total);
    }

    [Fact]
    public void Sluitend_gives_the_missing_cent_to_the_largest_remainder_so_rows_add_up_exactly()
    {
        var allocation = PlanTestData.Allocate(Header + """
              - titel: Drie gelijke delen
                bedrag: 100
                afronding: cent
                sluitend: true
                sleutels: [{naam: Rato, gewicht: 100%, basis: gelijk}]
                gemeenten: [Beek, Stein, Vaals]
            """).Single();

        // Equal remainders: the earlier row gets the cent, so the result is repeatable.
        Assert.Equal([33.34m, 33.33m, 33.33m], allocation.Lines.Select(l => l.Amount));
        Assert.Equal(allocation.Total, allocation.Lines.Sum(l => l.Amount));
    }

    [Fact]
    public void Sluitend_with_four_sleutels_adds_up_down_every_column_and_across_every_row()
    {
        var allocation = PlanTestData.Allocate(Header + """
              - titel: Uitvoeringskosten per gemeente 2021
                bedrag: 2394000
                afronding: euro
                sluitend: true
                sleutels:
                  - {naam: Rato, gewicht: 25%, basis: gelijk}
                  - {naam: Jongeren <20, gewicht: 25%, basis: kolom}
                  - {naam: Toekenningen, gewicht: 25%, basis: kolom}
                  - {naam: Declaraties, gewicht: 25%, basis: kolom}
            """).Single();

        Assert.All(allocation.Lines, line => Assert.Equal(line.Amount, line.PerKey.Values.Sum()));
        Assert.All(allocation.KeyNames, key => Assert.Equal(allocation.KeyTotals[key], allocation.Lines.Sum(line => line.PerKey[key])));
        Assert.Equal(2394000m, allocation.Lines.Sum(line => line.Amount));
        Assert.Equal(2394000m, allocation.KeyTotals.Values.Sum());
    }

    [Fact]
    public void Sluitend_makes_the_seed_regional_cooperation_table_add_up_to_its_printed_total()
    {
        var yaml = Header + """
              - titel: Dekking kosten regio-samenwerking Zuid-Limburg 2021
                bedrag: 1397920
                afronding: cent
                sluitend: {0}
                sleutels: [{naam: Objectief budget, gewicht: 100%, basis: kolom}]
            """;
        var spreadsheet = PlanTestData.Allocate(yaml.Replace("{0}", "false")).Single();
        var balanced = PlanTestData.Allocate(yaml.Replace("{0}", "true")).Single();

        Assert.Equal(1397919.99m, spreadsheet.Lines.Sum(l => l.Amount));
        Assert.Equal(1397920.00m, balanced.Lines.Sum(l => l.Amount));
        Assert.Equal(1397920.00m, balanced.Lines.Sum(l => l.PerKey["Objectief budget"]));
        var changed = spreadsheet.Lines.Zip(balanced.Lines).Where(p => p.First.Amount != p.Second.Amount).ToList();
        var (before, after) = Assert.Single(changed);
        Assert.Equal(0.01m, after.Amount - before.Amount);
    }

    [Fact]
    public void Inline_waarden_are_split_in_proportion_and_mixed_with_other_keys_by_weight()
    {
        var allocation = PlanTestData.Allocate(Header + """
              - titel: Twee gemeenten
                bedrag: 10000
                afronding: cent
                sleutels:
                  - naam: Rato
                    gewicht: 50%
                    basis: gelijk
                  - naam: Toekenningen
                    gewicht: 50%
                    waarden: {Beek: 2.54, Beekdaelen: 6.59}
                gemeenten: [Beek, Beekdaelen]
            """).Single();

        // 5.000 × 2,54 / 9,13 = 1.391,0186…; 5.000 × 6,59 / 9,13 = 3.608,9813…
        var beek = PlanTestData.Line(allocation, "Beek");
        var beekdaelen = PlanTestData.Line(allocation, "Beekdaelen");
        Assert.Equal((2500.00m, 1391.02m, 3891.02m), (beek.PerKey["Rato"], beek.PerKey["Toekenningen"], beek.Amount));
        Assert.Equal((2500.00m, 3608.98m, 6108.98m), (beekdaelen.PerKey["Rato"], beekdaelen.PerKey["Toekenningen"], beekdaelen.Amount));
        Assert.Equal(10000.00m, allocation.Total);
    }

    [Theory]
    [InlineData("2.4%")]
    [InlineData("2,4%")]
    public void Indexatie_raises_the_amount_before_it_is_split(string indexation)
    {
        var allocation = PlanTestData.Allocate(Header + $"""
              - titel: Geïndexeerd
                bedrag: 1000
                indexatie: {indexation}
                afronding: euro
                sleutels: [{"{"}naam: Rato, gewicht: 100%, basis: gelijk{"}"}]
                gemeenten: [Beek, Beekdaelen]
            """).Single();

        Assert.Equal(1024m, allocation.Total);
        Assert.Equal([512m, 512m], allocation.Lines.Select(l => l.Amount));
    }

    [Fact]
    public void A_column_is_found_case_insensitively_and_may_be_named_apart_from_the_key()
    {
        var allocation = PlanTestData.Allocate(Header + """
              - titel: Naar inwoners
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Inwonertal
                    gewicht: 100%
                    basis: kolom
                    kolom: INWONERS
                gemeenten: [Beek, Vaals]
            """).Single();

        // 15.750 and 10.046 inwoners.
        Assert.Equal([611m, 389m], allocation.Lines.Select(l => l.PerKey["Inwonertal"]));
    }

    [Fact]
    public void Without_a_gemeenten_list_every_gemeente_of_the_plan_region_takes_part()
    {
        var allocation = PlanTestData.Allocate("""
            jaar: 2023
            regio: Maastricht-Heuvelland
            kostenverdelingen:
              - titel: Gelijk
                bedrag: 600
                afronding: euro
                sleutels: [{naam: Rato, gewicht: 100%, basis: gelijk}]
            """).Single();

        Assert.Equal(
            ["Eijsden-Margraten", "Gulpen-Wittem", "Maastricht", "Meerssen", "Vaals", "Valkenburg aan de Geul"],
            allocation.Lines.Select(l => l.Gemeente));
        Assert.All(allocation.Lines, l => Assert.Equal(100m, l.Amount));
    }

    [Fact]
    public void An_unknown_gemeente_in_the_list_is_a_located_error_with_a_suggestion()
    {
        var problem = Assert.Single(PlanTestData.AllocationProblems(Header + """
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels: [{naam: Rato, gewicht: 100%, basis: gelijk}]
                gemeenten:
                  - Beekdaelen
                  - Bek
            """));

        Assert.Equal("plan.yaml, regel 10, kolom 9 (kostenverdelingen[0].gemeenten[1]): " +
                     "Onbekende gemeente 'Bek': die hoort niet bij de regio van dit plan. Bedoelt u 'Beek'?", problem.ToString());
    }

    [Fact]
    public void An_unknown_gemeente_in_waarden_is_a_located_error()
    {
        var problem = Assert.Single(PlanTestData.AllocationProblems(Header + """
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Toekenningen
                    gewicht: 100%
                    waarden: {Beek: 2.54, Maastrich: 22.01}
                gemeenten: [Beek]
            """));

        Assert.Equal("kostenverdelingen[0].sleutels[0].waarden.Maastrich", problem.Field);
        Assert.Equal(10, problem.Line);
        Assert.Contains("Onbekende gemeente 'Maastrich'", problem.Message);
        Assert.Contains("Bedoelt u 'Maastricht'?", problem.Message);
    }

    [Fact]
    public void Waarden_must_cover_every_deelnemende_gemeente_and_no_other()
    {
        var problems = PlanTestData.AllocationProblems(Header + """
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Toekenningen
                    gewicht: 100%
                    waarden: {Beek: 2.54, Vaals: 1.13}
                gemeenten: [Beek, Stein]
            """);

        Assert.Equal(
        [
            "Gemeente 'Vaals' staat niet in de lijst gemeenten van deze kostenverdeling.",
            "Sleutel 'Toekenningen' heeft geen waarde voor gemeente 'Stein'; geef elke deelnemende gemeente een waarde (0 mag).",
        ], problems.Select(p => p.Message).Order());
    }

    [Fact]
    public void A_missing_column_is_a_located_error_naming_the_columns_there_are()
    {
        var problem = Assert.Single(PlanTestData.AllocationProblems(Header + """
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Rato
                    gewicht: 50%
                    basis: gelijk
                  - naam: Jongeren <21
                    gewicht: 50%
                    basis: kolom
            """));

        Assert.Equal("kostenverdelingen[0].sleutels[1].naam", problem.Field);
        Assert.Equal((11, 15), (problem.Line, problem.Column));
        Assert.StartsWith("De kolom 'Jongeren <21' bestaat niet in de Gemeenten van de regio. Bedoelt u 'Jongeren <20'?", problem.Message);
        Assert.Contains("Objectief budget", problem.Message);
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_100_percent_are_a_located_error()
    {
        var problem = Assert.Single(PlanTestData.AllocationProblems(Header + """
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - {naam: Rato, gewicht: 25%, basis: gelijk}
                  - {naam: Toekenningen, gewicht: 25%, basis: kolom}
                  - {naam: Declaraties, gewicht: 25%, basis: kolom}
            """));

        Assert.Equal("kostenverdelingen[0].sleutels", problem.Field);
        Assert.Equal(8, problem.Line);
        Assert.Equal("De gewichten van de sleutels tellen op tot 75%; dat moet precies 100% zijn.", problem.Message);
    }

    [Fact]
    public void A_negative_inline_value_is_a_located_error()
    {
        var problem = Assert.Single(PlanTestData.AllocationProblems(Header + """
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Correctie
                    gewicht: 100%
                    waarden:
                      Beek: -3
                      Stein: 5
                gemeenten: [Beek, Stein]
            """));

        Assert.Equal(("kostenverdelingen[0].sleutels[0].waarden.Beek", 11), (problem.Field, problem.Line));
        Assert.Contains("negatief (-3)", problem.Message);
    }

    [Fact]
    public void A_negative_or_missing_column_value_is_a_located_error()
    {
        var region = new RegionData(
        [
            new Municipality("Beek", ["Zuid-Limburg"], null, new Dictionary<string, decimal> { ["Inwoners"] = -15750 }),
            new Municipality("Stein", ["Zuid-Limburg"], null, new Dictionary<string, decimal>()),
        ], [], [], [], []);

        var problems = PlanTestData.AllocationProblems(Header + """
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels: [{naam: Inwoners, gewicht: 100%, basis: kolom}]
            """, region);

        Assert.Equal(
        [
            "Gemeente 'Beek' heeft een negatieve waarde (-15750) in kolom 'Inwoners'; een verdeelsleutel kan niet negatief zijn.",
            "Gemeente 'Stein' heeft geen waarde in kolom 'Inwoners'.",
        ], problems.Select(p => p.Message));
        Assert.All(problems, p => Assert.Equal("kostenverdelingen[0].sleutels[0].naam", p.Field));
    }

    [Fact]
    public void A_region_without_gemeenten_in_the_store_is_a_located_error()
    {
        var problem = Assert.Single(PlanTestData.AllocationProblems("""
            jaar: 2021
            regio: Zuid-Limbrug
            kostenverdelingen:
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels: [{naam: Rato, gewicht: 100%, basis: gelijk}]
            """));

        Assert.Equal(("regio", 2), (problem.Field, problem.Line));
        Assert.Contains("Bedoelt u 'Zuid-Limburg'?", problem.Message);
    }

    [Fact]
    public void Every_allocation_problem_of_every_kostenverdeling_is_reported_at_once()
    {
        var problems = PlanTestData.AllocationProblems(Header + """
              - titel: Eerste
                bedrag: 1000
                afronding: euro
                sleutels: [{naam: Rato, gewicht: 90%, basis: gelijk}]
              - titel: Tweede
                bedrag: 1000
                afronding: euro
                sleutels: [{naam: Bestaat niet, gewicht: 100%, basis: kolom}]
                gemeenten: [Nergenshuizen]
            """);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Field!.StartsWith("kostenverdelingen[0]", StringComparison.Ordinal));
        Assert.Equal(2, problems.Count(p => p.Field!.StartsWith("kostenverdelingen[1]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Amounts_too_large_for_decimal_arithmetic_are_a_problem_not_a_crash()
    {
        var problem = Assert.Single(PlanTestData.AllocationProblems(Header + """
              - titel: Kosten
                bedrag: 79000000000000000000000000000
                afronding: euro
                sleutels: [{naam: Inwoners, gewicht: 100%, basis: kolom}]
            """));

        Assert.Equal("kostenverdelingen[0].bedrag", problem.Field);
        Assert.Contains("te groot", problem.Message);
    }

    [Fact]
    public void A_definition_built_in_code_is_checked_the_same_way()
    {
        var definition = new CostAllocationDefinition
        {
            Title = "In code",
            Amount = -5,
            Rounding = AmountRounding.Euro,
            Keys = [new AllocationKey("Rato", 100, AllocationBasis.Equal)],
        };

        var result = CostAllocator.Allocate(definition, PlanTestData.SampleRegion.Municipalities, PlanSource.Unlocated("code"), "kostenverdelingen[0]");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("code (kostenverdelingen[0].bedrag): Het bedrag is negatief (-5); een kostenverdeling verdeelt een positief bedrag.", problem.ToString());
    }

    [Fact]
    public void A_gemeente_named_twice_in_gemeenteTaken_is_a_located_problem_not_a_doubled_total()
    {
        var problems = PlanTestData.AllocationProblems("""
            jaar: 2021
            regio: Zuid-Limburg
            gemeenteTaken:
              - gemeente: Beek
                uren: 10
              - gemeente: beek
                uren: 10
            """);

        var problem = Assert.Single(problems);
        Assert.Equal(("gemeenteTaken[1].gemeente", 6), (problem.Field, problem.Line));
        Assert.Contains("Gemeente 'beek' staat dubbel in gemeenteTaken (ook als item 1)", problem.Message);
    }

    [Fact]
    public void A_gemeente_outside_the_region_in_gemeenteTaken_is_a_located_problem_with_a_suggestion()
    {
        var problems = PlanTestData.AllocationProblems("""
            jaar: 2021
            regio: Zuid-Limburg
            gemeenteTaken:
              - gemeente: Beek
                uren: 10
              - gemeente: Herlen
                uren: 12
              - gemeente: Amsterdam
                uren: 3
            """);

        Assert.Equal(["gemeenteTaken[1].gemeente", "gemeenteTaken[2].gemeente"], problems.Select(p => p.Field));
        Assert.Contains("Gemeente 'Herlen' hoort niet bij regio 'Zuid-Limburg'. Bedoelt u 'Heerlen'?", problems[0].Message);
        Assert.Contains("Gemeente 'Amsterdam' hoort niet bij regio 'Zuid-Limburg'.", problems[1].Message);
    }
}
