using TeamBot.Core.Plans;

namespace TeamBot.Tests.Plans;

/// <summary>Totals a plan states are printed as stated; where the rows disagree the author gets a located warning, not an error.</summary>
public sealed class PlanTotalChecksTests
{
    private const string WmoCosts = """
        jaar: 2023
        regio: Maastricht-Heuvelland
        kostenverdelingen:
          - titel: Uitvoeringskosten 2023
            bedrag: 250788
            afronding: euro
            sluitend: true
            vastgesteldTotaal: TOTAAL
            sleutels:
              - naam: Inwoners
                gewicht: 100%
                basis: kolom
        """;

    private static IReadOnlyList<PlanProblem> Warnings(string yaml)
    {
        var plan = PlanTestData.Load(yaml);
        var allocations = PlanTestData.Allocate(yaml);
        return PlanTotalChecks.Warnings(plan, allocations);
    }

    [Fact]
    public void An_agreed_total_that_differs_from_the_rows_is_a_located_warning_with_both_figures()
    {
        var warning = Assert.Single(Warnings(WmoCosts.Replace("TOTAAL", "250694")));

        Assert.True(warning.IsWarning);
        Assert.Equal(8, warning.Line);
        Assert.Equal("kostenverdelingen[0].vastgesteldTotaal", warning.Field);
        Assert.StartsWith("plan.yaml, regel 8, kolom 24 (kostenverdelingen[0].vastgesteldTotaal): waarschuwing: Het vastgestelde totaal € 250.694", warning.ToString());
        Assert.Contains("wijkt € 94 af van de som van de regels (€ 250.788)", warning.Message);
    }

    [Fact]
    public void An_agreed_total_equal_to_the_rows_gives_no_warning()
    {
        Assert.Empty(Warnings(WmoCosts.Replace("TOTAAL", "250788")));
    }

    [Fact]
    public void The_agreed_total_is_kept_beside_the_computed_one()
    {
        var allocation = Assert.Single(PlanTestData.Allocate(WmoCosts.Replace("TOTAAL", "250694")));

        Assert.Equal(250694m, allocation.StatedTotal);
        Assert.Equal(250788m, allocation.Total);
    }

    [Fact]
    public void A_negative_agreed_total_is_an_error()
    {
        var problem = Assert.Single(PlanTestData.AllocationProblems(WmoCosts.Replace("TOTAAL", "-5")));

        Assert.Equal("kostenverdelingen[0].vastgesteldTotaal", problem.Field);
        Assert.False(problem.IsWarning);
    }

    private const string Formatie = """
        jaar: 2019
        regio: Zuid-Limburg
        formatie:
          regels:
            - {groep: Extra taken, omschrijving: Herstel, uren: 400}
            - {groep: Extra taken, omschrijving: Vragen van toegang, uren: 1500}
            - {groep: Extra taken, omschrijving: Totaal extra taken, uren: GROEP, totaal: true}
            - {groep: Bestaande taken, omschrijving: Verblijf, uren: 750}
            - {groep: Bestaande taken, omschrijving: Totaal bestaande taken, uren: 750, totaal: true}
            - {omschrijving: Totaal extra taken, uren: GROEP, totaal: true}
            - {omschrijving: Totaal tekort, uren: TEKORT, totaal: true}
        """;

    [Fact]
    public void Formatie_totals_that_add_up_or_repeat_an_earlier_total_give_no_warning()
    {
        var plan = PlanTestData.Load(Formatie.Replace("GROEP", "1900").Replace("TEKORT", "2650"));

        Assert.Empty(PlanTotalChecks.Warnings(plan, []));
    }

    [Fact]
    public void A_grand_total_the_rows_do_not_add_up_to_is_warned_as_in_seed_001()
    {
        var plan = PlanTestData.Load(Formatie.Replace("GROEP", "1900").Replace("TEKORT", "7550"));

        var warning = Assert.Single(PlanTotalChecks.Warnings(plan, []));
        Assert.Equal("formatie.regels[6].uren", warning.Field);
        Assert.Equal("De totaalregel 'Totaal tekort' noemt 7.550 uren, maar de regels erboven tellen op tot 2.650 uren.", warning.Message);
    }

    [Fact]
    public void A_group_total_that_does_not_add_up_names_its_group()
    {
        var plan = PlanTestData.Load(Formatie.Replace("GROEP", "1800").Replace("TEKORT", "2650"));

        var warnings = PlanTotalChecks.Warnings(plan, []);
        Assert.Contains(warnings, w => w.Message == "De totaalregel 'Totaal extra taken' noemt 1.800 uren, maar de regels van 'Extra taken' erboven tellen op tot 1.900 uren.");
    }

    [Fact]
    public void Only_rows_above_a_total_count_and_a_sum_keeps_its_decimals()
    {
        var plan = PlanTestData.Load("""
            jaar: 2019
            regio: Zuid-Limburg
            formatie:
              regels:
                - {omschrijving: A, uren: 10, fte: 0.1}
                - {omschrijving: B, uren: 20.25, fte: 0.2}
                - {omschrijving: Totaal, uren: 30, fte: 0.4, totaal: true}
                - {omschrijving: Later, uren: 0.5}
            """);

        var warnings = PlanTotalChecks.Warnings(plan, []).Select(w => w.Message).ToList();

        Assert.Equal(
            ["De totaalregel 'Totaal' noemt 30 uren, maar de regels erboven tellen op tot 30,25 uren.",
             "De totaalregel 'Totaal' noemt 0,4 fte, maar de regels erboven tellen op tot 0,3 fte."],
            warnings);
    }

    [Fact]
    public void A_figure_only_total_rows_carry_is_not_checked()
    {
        var plan = PlanTestData.Load(Formatie.Replace("GROEP", "1900").Replace("TEKORT", "2650").Replace("uren: 750, totaal: true}", "uren: 750, fte: 1.2, totaal: true}"));

        Assert.Empty(PlanTotalChecks.Warnings(plan, []));
    }

    [Fact]
    public void Two_vergelijkingen_of_one_name_are_a_located_problem()
    {
        var problems = PlanTestData.LoadProblems(WmoCosts.Replace("TOTAAL", "250788").Replace("    sleutels:", "    vergelijkingen: [{naam: X, bedrag: 1}, {naam: x, bedrag: 2}]\n    sleutels:", StringComparison.Ordinal));

        var problem = Assert.Single(problems);
        Assert.Equal("kostenverdelingen[0].vergelijkingen", problem.Field);
        Assert.Contains("De vergelijking 'X' staat 2 keer", problem.Message);
    }

    [Fact]
    public void A_bedrag_total_is_named_as_an_amount()
    {
        var plan = PlanTestData.Load("""
            jaar: 2027
            regio: Zuid-Limburg
            formatie:
              regels:
                - {groep: Vast, omschrijving: Contractmanager, bedrag: 180000}
                - {groep: Vast, omschrijving: Totaal vast, bedrag: 190000, totaal: true}
            """);

        var warning = Assert.Single(PlanTotalChecks.Warnings(plan, []));
        Assert.Equal("De totaalregel 'Totaal vast' noemt een bedrag van € 190.000,00, maar de regels van 'Vast' erboven tellen op tot een bedrag van € 180.000,00.", warning.Message);
    }
}
