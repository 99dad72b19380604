using DocumentFormat.OpenXml.Packaging;
using TeamBot.Tests.Documents;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.PlanDocuments;

public sealed class PlanDocumentServiceTests
{
    internal const string SmallPlan = """
        jaar: 2026
        regio: Maastricht-Heuvelland
        titel: Uitvoeringsplan 2026
        hoofdprocessen:
          - naam: Contractmanagement
            acties:
              - actie: Periodieke gesprekken
                gereed: doorlopend
              - actie: Vragen van toegangen beantwoorden
                buitenSla: true
        kostenverdelingen:
          - titel: Kosten 2026
            bedrag: 1000
            afronding: euro
            sluitend: true
            sleutels:
              - naam: Rato
                gewicht: 100%
                basis: gelijk
        """;

    [Fact]
    public async Task Renders_a_docx_package_named_after_the_plan_from_a_Flat_OPC_template()
    {
        await using var host = await PlanDocumentTestHost.StartAsync();

        var result = await host.Documents.RenderAsync(SmallPlan, "plan.yaml", "uitvoeringsplan-jeugd");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal((byte)'P', result.Document![0]);
        Assert.Equal("Uitvoeringsplan 2026 Maastricht-Heuvelland.docx", result.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Document), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Periodieke gesprekken", text);
        Assert.Contains("€ 167", text);
        Assert.Equal("Uitvoeringsplan 2026", document.PackageProperties.Title);
    }

    [Theory]
    [InlineData("uitvoeringsplan-jeugd")]
    [InlineData("evaluatie")]
    public async Task An_indexed_amount_reads_as_one_sentence_and_two_sleutels_give_two_columns(string template)
    {
        await using var host = await PlanDocumentTestHost.StartAsync();
        var plan = SmallPlan.Replace("    sleutels:", "    indexatie: 2.4%\n    sleutels:", StringComparison.Ordinal)
            .Replace("        gewicht: 100%", "        gewicht: 50%", StringComparison.Ordinal)
            .Replace("        basis: gelijk", "        basis: gelijk\n      - naam: Inwoners\n        gewicht: 50%\n        basis: kolom", StringComparison.Ordinal);

        var result = await host.Documents.RenderAsync(plan, "plan.yaml", template);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Document!), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains("Te verdelen bedrag: € 1.024 (€ 1.000 plus 2,4% indexatie).", body.InnerText);
        var costTables = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Where(table => table.InnerText.Contains("Rato", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, costTables.Count);
        foreach (var table in costTables)
        {
            var header = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().First();
            Assert.Equal(4, header.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Count());
            Assert.Equal(4, table.Descendants<DocumentFormat.OpenXml.Wordprocessing.GridColumn>().Count());
        }
    }

    [Fact]
    public async Task An_agreed_total_the_rows_do_not_add_up_to_is_printed_and_warned_but_the_document_is_made()
    {
        await using var host = await PlanDocumentTestHost.StartAsync();
        var plan = SmallPlan.Replace("    sluitend: true", "    sluitend: true\n    vastgesteldTotaal: 990", StringComparison.Ordinal);

        var result = await host.Documents.RenderAsync(plan, "plan.yaml", "uitvoeringsplan-jeugd");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("plan.yaml, regel 16, kolom 24 (kostenverdelingen[0].vastgesteldTotaal): waarschuwing: Het vastgestelde totaal € 990", warning);
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Document!), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Het vastgestelde totaal van € 990 wijkt € 10 af van de som van de regels (€ 1.000).", text);
    }

    [Fact]
    public async Task Several_sleutels_show_the_vergelijkingen_and_the_total_carries_its_footnote_once()
    {
        await using var host = await PlanDocumentTestHost.StartAsync();
        var plan = SmallPlan.Replace("    sluitend: true", "    sluitend: true\n    vastgesteldTotaal: 1005\n    totaalVoetnoot: Afgerond op hele uren.\n    vergelijkingen: [{naam: Bijdrage 2025, bedrag: 900}]", StringComparison.Ordinal)
            .Replace("        gewicht: 100%", "        gewicht: 50%", StringComparison.Ordinal)
            .Replace("        basis: gelijk", "        basis: gelijk\n      - naam: Inwoners\n        gewicht: 50%\n        basis: kolom", StringComparison.Ordinal);

        var result = await host.Documents.RenderAsync(plan, "plan.yaml", "uitvoeringsplan-jeugd");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Document!), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var amounts = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single(table => table.InnerText.Contains("Bijdrage 2025", StringComparison.Ordinal));
        Assert.Contains("€ 900", amounts.InnerText);
        Assert.Single(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>());
        Assert.Contains("Afgerond op hele uren.", document.MainDocumentPart.FootnotesPart!.Footnotes.InnerText);
    }

    [Fact]
    public async Task Bad_plan_data_and_an_unknown_template_are_reported_together_in_Dutch_with_their_place()
    {
        await using var host = await PlanDocumentTestHost.StartAsync();

        var result = await host.Documents.RenderAsync("jaar: 2026\nregio: Zuid-Limburg\nhoofdprocesen: []\n", "fout.yaml", "uitvoeringsplan-jeugt");

        Assert.False(result.Succeeded);
        Assert.Null(result.Document);
        Assert.Contains(result.Problems, p => p.StartsWith("fout.yaml, regel 3, kolom 1 (hoofdprocesen): Onbekend veld 'hoofdprocesen'. Bedoelt u 'hoofdprocessen'?", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("Het sjabloon 'uitvoeringsplan-jeugt' bestaat niet. Bedoelt u 'uitvoeringsplan-jeugd'?", StringComparison.Ordinal)
            && p.Contains("evaluatie, uitvoeringsplan-jeugd, uitvoeringsplan-wmo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Costs_that_cannot_be_split_are_problems_of_the_plan_file()
    {
        await using var host = await PlanDocumentTestHost.StartAsync();

        var result = await host.Documents.RenderAsync(SmallPlan.Replace("gewicht: 100%", "gewicht: 90%"), "plan.yaml", "evaluatie");

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("plan.yaml, regel", problem);
        Assert.Contains("90%; dat moet precies 100% zijn", problem);
    }

    [Fact]
    public async Task A_template_mistake_is_reported_with_the_template_the_tag_and_where_it_is()
    {
        using var templates = new TempDirectory();
        await using var host = await TemplateFolderHost(templates, "kapot", """{{ for a in hoofdprocessen }}{{ a.naam }}{{ end }}""", "{{ titel ");

        var result = await host.Documents.RenderAsync(SmallPlan, "plan.yaml", "kapot");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.StartsWith("Sjabloon 'kapot.docx', hoofdtekst, alinea 2", StringComparison.Ordinal) && p.Contains("{{ titel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_bad_plan_data_the_templates_own_syntax_mistakes_are_listed_too()
    {
        using var templates = new TempDirectory();
        await using var host = await TemplateFolderHost(templates, "kapot", "{{ if titel }}");

        var result = await host.Documents.RenderAsync("jaar: twee\nregio: Zuid-Limburg\n", "plan.yaml", "kapot");

        Assert.Contains(result.Problems, p => p.StartsWith("plan.yaml, regel 1", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("Sjabloon 'kapot.docx'", StringComparison.Ordinal) && p.Contains("{{ if titel }}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_misspelled_field_is_checked_against_the_plan_model_also_where_the_plan_leaves_it_empty()
    {
        using var templates = new TempDirectory();
        await using var host = await TemplateFolderHost(templates, "typo", "{{ for p in hoofdprocessen }}{{ p.nam }}{{ end }}", "{{ formatie.heeftUrne }}");

        var result = await host.Documents.RenderAsync(SmallPlan, "plan.yaml", "typo");

        Assert.Equal(
            [
                "Sjabloon 'typo.docx', hoofdtekst, alinea 1, tag {{ p.nam }}: 'p.nam' bestaat niet: p (een item van hoofdprocessen) heeft geen veld 'nam'. Bedoelt u 'p.naam'?",
                "Sjabloon 'typo.docx', hoofdtekst, alinea 2, tag {{ formatie.heeftUrne }}: 'formatie.heeftUrne' bestaat niet: formatie heeft geen veld 'heeftUrne'. Bedoelt u 'formatie.heeftUren'?",
            ],
            result.Problems);
    }

    [Fact]
    public async Task With_bad_plan_data_the_templates_misspelled_fields_are_listed_too()
    {
        using var templates = new TempDirectory();
        await using var host = await TemplateFolderHost(templates, "typo", "{{ regoi }}");

        var result = await host.Documents.RenderAsync("jaar: twee\nregio: Zuid-Limburg\n", "plan.yaml", "typo");

        Assert.Contains(result.Problems, p => p.StartsWith("plan.yaml, regel 1", StringComparison.Ordinal));
        Assert.Contains("Sjabloon 'typo.docx', hoofdtekst, alinea 1, tag {{ regoi }}: 'regoi' staat niet in de gegevens en is geen functie. Bedoelt u 'regio'?", result.Problems);
    }

    [Fact]
    public async Task A_template_name_cannot_reach_outside_the_templates_folder()
    {
        await using var host = await PlanDocumentTestHost.StartAsync();

        var result = await host.Documents.RenderAsync(SmallPlan, "plan.yaml", "../plans/uitvoeringsplan-jeugd-2021");

        Assert.Contains(result.Problems, p => p.StartsWith("Het sjabloon '../plans/uitvoeringsplan-jeugd-2021' bestaat niet.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_shipped_templates_are_listed_with_the_model_paths_their_tags_read()
    {
        await using var host = await PlanDocumentTestHost.StartAsync();

        var templates = host.Documents.ListTemplates();

        Assert.Equal(["evaluatie", "uitvoeringsplan-jeugd", "uitvoeringsplan-wmo"], templates.Select(t => t.Name));
        var jeugd = templates.Single(t => t.Name == "uitvoeringsplan-jeugd");
        Assert.Equal("uitvoeringsplan-jeugd.xml", jeugd.FileName);
        Assert.Contains("titel", jeugd.Fields);
        Assert.Contains("hoofdprocessen[].naam", jeugd.Fields);
        Assert.Contains("hoofdprocessen[].acties", jeugd.Fields);
        Assert.DoesNotContain("hoofdprocessen[].acties.size", jeugd.Fields);
        Assert.Contains("hoofdprocessen[].acties[].buitenSla", jeugd.Fields);
        Assert.Contains("kostenverdelingen[].regels[].perSleutel[].bedragTekst", jeugd.Fields);
        Assert.DoesNotContain(jeugd.Fields, f => f.StartsWith("for.", StringComparison.Ordinal) || f.StartsWith("a.", StringComparison.Ordinal) || f is "for" or "euro" or "procent" or "b" or "i");
        Assert.Contains("hoofdprocessen[].acties[].standVanZaken", templates.Single(t => t.Name == "evaluatie").Fields);
        Assert.Contains("gemeenteTaken[].taken[]", templates.Single(t => t.Name == "uitvoeringsplan-wmo").Fields);
    }

    private static async Task<PlanDocumentTestHost> TemplateFolderHost(TempDirectory folder, string name, params string[] paragraphs)
    {
        var template = new WordTemplate(paragraphs.Select(Word.P).ToArray());
        await File.WriteAllBytesAsync(folder.File(name + ".docx"), template.ToDocx());
        return await PlanDocumentTestHost.StartAsync(new Dictionary<string, string?> { ["Documents:TemplatesPath"] = folder.Path });
    }
}
