using DocumentFormat.OpenXml.Wordprocessing;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class SplitTagTests
{
    private static readonly Dictionary<string, object?> Plan = new()
    {
        ["regio"] = "Zuid-Limburg",
        ["jaar"] = 2027,
        ["titel"] = "Uitvoeringsplan",
    };

    [Fact]
    public void Tag_split_over_runs_with_spell_check_markers_renders_as_one_value()
    {
        var template = new WordTemplate(P(R("Regio: {"), R("{ re"), Proof(), R("gio"), Proof(start: false), R(" }"), R("} in {{ jaar }}.")));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Regio: Zuid-Limburg in 2027."], document.BodyTexts());
        Assert.Empty(document.Body.Descendants<ProofError>());
    }

    [Fact]
    public void Bookmarks_inside_a_tag_do_not_break_it()
    {
        var template = new WordTemplate(P(R("{{ re"), new BookmarkStart { Id = "1", Name = "regio" }, R("gio }}"), new BookmarkEnd { Id = "1" }));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Zuid-Limburg"], document.BodyTexts());
    }

    [Fact]
    public void Smart_quotes_inside_tags_become_straight_quotes_and_stay_curly_outside()
    {
        var template = new WordTemplate(P(R("“Plan” {{ regio | string.append “ – ” | string.append ‘klaar’ }}")));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["“Plan” Zuid-Limburg – klaar"], document.BodyTexts());
    }

    [Fact]
    public void Tracked_insertion_inside_a_tag_counts_and_tracked_deletion_is_dropped()
    {
        var template = new WordTemplate(P(R("Het {{ "), Deleted("jaar"), Inserted("tit"), R("el }} voor {{ regio }}.")));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Het Uitvoeringsplan voor Zuid-Limburg."], document.BodyTexts());
        Assert.Empty(document.Body.Descendants<DeletedRun>());
    }

    [Fact]
    public void Tracked_deletion_outside_tags_stays_a_tracked_deletion()
    {
        var template = new WordTemplate(P(R("Regio "), Deleted("oud "), R("{{ regio }}")));

        using var document = Rendering.Render(template, Plan);

        Assert.Single(document.Body.Descendants<DeletedRun>());
        Assert.Equal(["Regio Zuid-Limburg"], document.BodyTexts());
    }

    [Fact]
    public void Keyword_capitalised_by_Word_at_the_start_of_a_paragraph_still_works()
    {
        var template = new WordTemplate(P("{{ If jaar > 2026 }}"), P("Nieuw"), P("{{ End }}"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Nieuw"], document.BodyTexts());
    }
}
