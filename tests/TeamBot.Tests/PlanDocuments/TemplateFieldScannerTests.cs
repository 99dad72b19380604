using TeamBot.Core.PlanDocuments;
using TeamBot.Tests.Documents;

namespace TeamBot.Tests.PlanDocuments;

public sealed class TemplateFieldScannerTests
{
    [Fact]
    public void Loop_variables_stand_for_an_item_of_their_list_across_paragraphs_and_table_rows()
    {
        var template = new WordTemplate(
            Word.P("{{ For p in hoofdprocessen }}"),
            Word.P("{{ p.naam }}"),
            Word.Table(Word.Row("{{ for a in p.acties }}{{ a.actie }}", "{{ a.gereed }}{{ end }}")),
            Word.P("{{ end }}"));

        var fields = TemplateFieldScanner.Scan(template.ToFlatOpc());

        Assert.Equal(["hoofdprocessen", "hoofdprocessen[].acties", "hoofdprocessen[].acties[].actie", "hoofdprocessen[].acties[].gereed", "hoofdprocessen[].naam"], fields);
    }

    [Fact]
    public void Functions_builtins_loop_counters_and_the_templates_own_variables_are_not_fields()
    {
        var template = new WordTemplate(
            Word.P("{{ totaal = 0 }}{{ for r in kostenverdelingen[0].regels }}{{ for.index + 1 }} {{ string.upcase r.gemeente }} {{ r.bedrag | euro }}{{ totaal = totaal + r.bedrag }}{{ end }}"),
            Word.P("{{ bedrag totaal }} {{ datum gemaaktOp }} {{ “tekst” }}"))
        {
            Header = [Word.P("{{ titel }}")],
            Title = "{{ regio }}",
        };

        var fields = TemplateFieldScanner.Scan(template.ToDocx());

        Assert.Equal(["gemaaktOp", "kostenverdelingen[].regels", "kostenverdelingen[].regels[].bedrag", "kostenverdelingen[].regels[].gemeente", "regio", "titel"], fields);
    }

    [Fact]
    public void Functions_the_template_declares_their_parameters_and_names_given_to_values_are_not_fields()
    {
        var template = new WordTemplate(Word.P("{{ func dubbel(x); ret x * 2; end }}{{ dubbel jaar }} {{ { naam: regio }.naam }} {{ string.pad_left titel width: 3 }} {{ a.nieuw = versie }}"));

        Assert.Equal(["a", "jaar", "regio", "titel", "versie"], TemplateFieldScanner.Scan(template.ToDocx()));
    }

    [Fact]
    public void A_template_with_a_broken_block_still_lists_the_fields_of_its_sound_tags()
    {
        var template = new WordTemplate(Word.P("{{ for a in acties }}"), Word.P("{{ titel }}"), Word.P("{{ a.actie"));

        Assert.Contains("titel", TemplateFieldScanner.Scan(template.ToDocx()));
    }

    [Fact]
    public void Something_that_is_no_Word_document_uses_no_fields()
    {
        Assert.Empty(TemplateFieldScanner.Scan("geen word"u8.ToArray()));
    }
}
