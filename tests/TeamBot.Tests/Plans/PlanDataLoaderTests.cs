using TeamBot.Core.Plans;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Plans;

public sealed class PlanDataLoaderTests
{
    private const string MinimalPlan = """
        jaar: 2021
        regio: Zuid-Limburg
        """;

    [Fact]
    public void A_typo_in_a_key_is_an_error_at_its_line_column_and_field_path_with_a_suggestion()
    {
        var problems = PlanTestData.LoadProblems("""
            jaar: 2021
            regio: Zuid-Limburg
            kostenverdelingen:
              - titel: Uitvoeringskosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Rato
                    gewigt: 100%
                    basis: gelijk
            """);

        var typo = Assert.Single(problems, p => p.Field == "kostenverdelingen[0].sleutels[0].gewigt");
        Assert.Equal((9, 9), (typo.Line, typo.Column));
        Assert.Contains("Onbekend veld 'gewigt'. Bedoelt u 'gewicht'?", typo.Message);
        var missing = Assert.Single(problems, p => p.Field == "kostenverdelingen[0].sleutels[0].gewicht");
        Assert.Contains("Het veld 'gewicht' ontbreekt", missing.Message);
    }

    [Fact]
    public void Every_problem_in_the_file_is_reported_at_once_in_file_order()
    {
        var problems = PlanTestData.LoadProblems("""
            jaar: twintig
            regio: Zuid-Limburg
            algemeen:
              acties:
                - actie: Jaarrekening
                  gereed: Q5 2021
                - toelichting: zonder actie
            kostenverdelingen:
              - titel: Kosten
                bedrag: 2.394.000
                afronding: dollar
                sluitend: misschien
                sleutels:
                  - naam: Rato
                    gewicht: 25
                    basis: gelijk
            """, "fout.yaml");

        Assert.Equal(
        [
            "fout.yaml, regel 1, kolom 7 (jaar): 'twintig' is geen geheel getal tussen 2000 en 2100.",
            "fout.yaml, regel 6, kolom 15 (algemeen.acties[0].gereed): 'Q5 2021' is geen kwartaal; een jaar heeft het 1e tot en met het 4e kwartaal (Q1 tot en met Q4).",
            "fout.yaml, regel 7, kolom 7 (algemeen.acties[1].actie): Het veld 'actie' ontbreekt of is leeg; het is verplicht.",
            "fout.yaml, regel 10, kolom 13 (kostenverdelingen[0].bedrag): '2.394.000' is geen getal; schrijf het zonder scheidingstekens voor duizendtallen en met een punt als decimaalteken, bijvoorbeeld 2394000 of 1397920.50.",
            "fout.yaml, regel 11, kolom 16 (kostenverdelingen[0].afronding): 'dollar' is geen geldige keuze; kies euro of cent.",
            "fout.yaml, regel 12, kolom 15 (kostenverdelingen[0].sluitend): 'misschien' is geen ja/nee-waarde; schrijf true of false.",
            "fout.yaml, regel 15, kolom 18 (kostenverdelingen[0].sleutels[0].gewicht): '25' is geen percentage; schrijf het met een procentteken, bijvoorbeeld 25% of 2,4%.",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Required_top_level_fields_are_reported_when_missing()
    {
        var problems = PlanTestData.LoadProblems("titel: Uitvoeringsplan\n");

        Assert.Equal(["jaar", "regio"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal(1, p.Line));
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_position_in_Dutch()
    {
        var problem = Assert.Single(PlanTestData.LoadProblems("jaar: 2021\nregio: [Zuid-Limburg\n"));

        Assert.NotNull(problem.Line);
        Assert.StartsWith("Dit is geen geldige YAML", problem.Message);
    }

    [Theory]
    [InlineData("jaar: 2021\nregio: [Zuid-Limburg\n", "er ontbreekt een ]")]
    [InlineData("jaar: 2021\nregio: {naam: Zuid-Limburg\n", "er ontbreekt een }")]
    [InlineData("soort: uitvoeringsplan\n[jaar: 2021\nregio: Zuid-Limburg\n", "[ of { die niet gesloten wordt")]
    [InlineData("jaar: 2021\nregio: \"Zuid-Limburg\n", "aanhalingstekens is niet gesloten")]
    public void An_unclosed_bracket_or_quote_is_a_located_problem_in_Dutch(string yaml, string expected)
    {
        var problem = Assert.Single(PlanTestData.LoadProblems(yaml));

        Assert.NotNull(problem.Line);
        Assert.Contains(expected, problem.Message);
        Assert.DoesNotContain("While", problem.Message);
    }

    [Fact]
    public void No_unclosed_bracket_or_quote_anywhere_in_a_real_plan_throws_or_speaks_English()
    {
        var yaml = File.ReadAllText(PlanTestData.ShippedPlan("uitvoeringsplan-jeugd-2021.yaml"));

        for (var at = 0; at < yaml.Length; at += 11)
        {
            foreach (var inserted in new[] { "[", "{", "\"", "'" })
            {
                var problems = PlanDataLoader.Parse(yaml.Insert(at, inserted), "plan.yaml").Problems;
                Assert.All(problems, p => Assert.DoesNotMatch("While|did not find|Exception", p.Message));
            }
        }
    }

    [Fact]
    public void A_key_written_twice_is_reported()
    {
        var problem = Assert.Single(PlanTestData.LoadProblems("jaar: 2021\nregio: Zuid-Limburg\njaar: 2022\n"));

        Assert.Equal(3, problem.Line);
        Assert.Contains("staat dubbel", problem.Message);
    }

    [Fact]
    public void Anchors_and_aliases_are_refused_so_a_small_file_cannot_expand()
    {
        var problem = Assert.Single(PlanTestData.LoadProblems("jaar: 2021\nregio: &r Zuid-Limburg\ntitel: *r\n"));

        Assert.Contains("niet ondersteund", problem.Message);
    }

    [Fact]
    public void An_empty_file_and_a_missing_file_are_reported()
    {
        Assert.Contains("leeg", Assert.Single(PlanTestData.LoadProblems("")).Message);

        using var folder = new TempDirectory();
        var missing = PlanDataLoader.Load(folder.File("bestaat-niet.yaml"));
        Assert.Equal("bestaat-niet.yaml", Assert.Single(missing.Problems).File);
        Assert.Contains("bestaat niet", missing.Problems[0].Message);
    }

    [Fact]
    public void The_title_defaults_to_the_kind_and_year()
    {
        Assert.Equal("Uitvoeringsplan 2021", PlanTestData.Load(MinimalPlan).Title);
        Assert.Equal("Evaluatie uitvoeringsplan 2021", PlanTestData.Load("soort: evaluatie\n" + MinimalPlan).Title);
    }

    [Fact]
    public void Running_text_is_paragraphs_headings_and_lists()
    {
        var plan = PlanTestData.Load(MinimalPlan + """

            toelichting: |
              Eerste alinea
              loopt door.

              Tweede alinea.
            indeling:
              - Een alinea.
              - kop: Indeling
              - opsomming: [Beleidsvorming, Inkopen]
              - nummering:
                  - Eerst
                  - Dan
            """);

        Assert.Equal(["Eerste alinea loopt door.", "Tweede alinea."], plan.Introduction.Select(b => b.Text));
        Assert.Equal(
            [TextBlockKind.Paragraph, TextBlockKind.Heading, TextBlockKind.Bullets, TextBlockKind.NumberedList],
            plan.Layout.Select(b => b.Kind));
        Assert.Equal(["Beleidsvorming", "Inkopen"], plan.Layout[2].Items);
    }

    [Fact]
    public void A_text_block_with_two_kinds_is_an_error()
    {
        var problem = Assert.Single(PlanTestData.LoadProblems(MinimalPlan + "\nindeling:\n  - kop: A\n    opsomming: [B]\n"));

        Assert.Equal("indeling[0]", problem.Field);
        Assert.Contains("precies één van 'kop:', 'opsomming:', 'nummering:' of 'afbeelding:'", problem.Message);
    }

    [Theory]
    [InlineData("doorlopend", DueKind.Ongoing, "Doorlopend", null, null)]
    [InlineData("Doorlopend", DueKind.Ongoing, "Doorlopend", null, null)]
    [InlineData("Q2 2021", DueKind.Quarter, "2e kwartaal 2021", 2, 2021)]
    [InlineData("1e kwartaal", DueKind.Quarter, "1e kwartaal", 1, null)]
    [InlineData("3e kwartaal 2021", DueKind.Quarter, "3e kwartaal 2021", 3, 2021)]
    [InlineData("2022", DueKind.Year, "2022", null, 2022)]
    [InlineData("1-1-2022", DueKind.Date, "1-1-2022", null, 2022)]
    [InlineData("2023-01-01", DueKind.Date, "1 januari 2023", null, 2023)]
    [InlineData("Medio 2021", DueKind.Text, "Medio 2021", null, null)]
    [InlineData("> 31 december", DueKind.Text, "> 31 december", null, null)]
    [InlineData("1e en 2e kwartaal", DueKind.Text, "1e en 2e kwartaal", null, null)]
    public void Gereed_reads_dates_quarters_years_and_free_text(string written, DueKind kind, string text, int? quarter, int? year)
    {
        Assert.True(Due.TryParse(written, out var due, out _));

        Assert.Equal((kind, text, quarter, year), (due.Kind, due.Text, due.Quarter, due.Year));
    }

    [Theory]
    [InlineData("31-02-2021")]
    [InlineData("Q0 2021")]
    [InlineData("5e kwartaal")]
    public void Gereed_rejects_dates_and_quarters_that_cannot_exist(string written)
    {
        Assert.False(Due.TryParse(written, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Actions_keep_their_flags_sla_target_and_stand_van_zaken()
    {
        var plan = PlanTestData.Load(MinimalPlan + """

            soort: evaluatie
            hoofdprocessen:
              - naam: Ondersteunende processen
                acties:
                  - actie: Risicomanagement > 5 in 2020
                    kop: true
                    slaDoel: {norm: "> 5 in 2020", score: 4.3, meting: kwaliteitsmeting}
                  - actie: Ad hoc informatieverzoeken
                    buitenSla: ja
                    vet: true
                    standVanZaken: Uitvraag wachtlijsten.
                    gereed: doorlopend
            """);

        var actions = plan.MainProcesses.Single().Actions;
        Assert.True(actions[0].IsHeading);
        Assert.Equal(new SlaTarget("> 5 in 2020", 4.3m, "kwaliteitsmeting"), actions[0].SlaTarget);
        Assert.True(actions[1].OutsideSla);
        Assert.True(actions[1].Emphasised);
        Assert.Equal("Uitvraag wachtlijsten.", actions[1].Progress);
        Assert.Equal(DueKind.Ongoing, actions[1].Due!.Kind);
        Assert.Same(actions[0], Assert.Single(plan.SlaTargets));
        Assert.True(plan.IsEvaluation);
    }

    [Fact]
    public void A_key_without_basis_or_waarden_is_a_located_error()
    {
        var problem = Assert.Single(PlanTestData.LoadProblems(MinimalPlan + """

            kostenverdelingen:
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Rato
                    gewicht: 50%
                    basis: gelijk
                  - naam: Toekenningen
                    gewicht: 50%
            """));

        Assert.Equal("kostenverdelingen[0].sleutels[1]", problem.Field);
        Assert.Equal(11, problem.Line);
        Assert.Contains("Sleutel 'Toekenningen' heeft geen basis", problem.Message);
    }

    [Fact]
    public void A_key_with_both_a_basis_and_waarden_is_a_located_error()
    {
        var problem = Assert.Single(PlanTestData.LoadProblems(MinimalPlan + """

            kostenverdelingen:
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Toekenningen
                    gewicht: 100%
                    basis: kolom
                    waarden: {Beek: 1}
            """));

        Assert.Equal("kostenverdelingen[0].sleutels[0].basis", problem.Field);
        Assert.Contains("zowel 'basis: kolom' als 'waarden'", problem.Message);
    }

    [Fact]
    public void A_gemeente_twice_in_waarden_is_an_error_even_in_other_case()
    {
        var problem = Assert.Single(PlanTestData.LoadProblems(MinimalPlan + """

            kostenverdelingen:
              - titel: Kosten
                bedrag: 1000
                afronding: euro
                sleutels:
                  - naam: Toekenningen
                    gewicht: 100%
                    waarden: {Beek: 1, beek: 2}
            """));

        Assert.Equal("kostenverdelingen[0].sleutels[0].waarden", problem.Field);
        Assert.Contains("Gemeente 'Beek' staat meer dan eens in 'waarden'.", problem.Message);
    }
}
