using System.Text;
using TeamBot.Core.Cards;
using TeamBot.Core.Questions;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Cards;

public sealed class CardTemplateTests
{
    private const string CardStart = """{ "type": "AdaptiveCard", "version": "1.5", "body": [ """;
    private const string CardEnd = " ] }";

    private readonly CardFactory _cards = CardTestKit.Factory();

    [Fact]
    public void Every_shipped_template_prints_values_only_through_json()
    {
        var templates = CardTestKit.Templates();

        templates.ValidateAll();

        Assert.True(File.Exists(Path.Combine(templates.TemplatesPath, "answer" + AdaptiveCardTemplates.FileExtension)), "the host copies templates/cards next to the assembly");
    }

    [Fact]
    public void An_injection_attempt_stays_inside_the_text_it_came_in()
    {
        const string attack = "\",\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}],\"actions\":[{\"type\":\"Action.OpenUrl\",\"title\":\"Klik\",\"url\":\"https://evil.example";
        var answer = CardTestKit.Contract with { Text = "Zie hier:\n- " + attack, Sources = [new AnswerSource(AnswerSourceKind.Document, attack, attack)] };

        var card = _cards.Answer(answer, CardActionStyle.Execute);
        CardArtifacts.Save("answer-injection", card);

        CardAssert.WellFormed(card);
        Assert.Contains(attack, CardTestKit.Texts(card));
        Assert.DoesNotContain(CardTestKit.Descendants(card.Element), e => e.ValueKind == System.Text.Json.JsonValueKind.Object
            && e.TryGetProperty("type", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String && t.GetString() == "Action.OpenUrl");
        Assert.Equal(["Nuttig", "Niet nuttig", "Vraag het inkoopteam"], CardTestKit.ActionTitles(card));
        Assert.DoesNotContain("evil", card.Element.GetProperty("actions").GetRawText());
    }

    [Theory]
    [InlineData("aanhalingstekens \" en backslash \\ en \\\" samen")]
    [InlineData("regel een\tmet tab\u0001 en \u2028 scheiding")]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("{{ json }} en {% raw %} en }} {{")]
    [InlineData("emoji 😀 en ü, ï, €")]
    public void Any_string_comes_out_exactly_as_it_went_in(string text)
    {
        var card = _cards.Info(text, text);

        Assert.Equal(2, CardTestKit.Texts(card).Count(t => t == text));
    }

    [Fact]
    public void A_template_that_prints_a_raw_value_is_refused_with_file_line_and_value()
    {
        using var folder = Folder(("raw", CardStart + "\n{ \"type\": \"TextBlock\", \"text\": \"{{ title }}\" }" + CardEnd));

        var error = Assert.Throws<CardTemplateException>(() => CardTestKit.Templates(folder.Path).Render("raw", new { Title = "x" }));

        Assert.Contains("raw.json.sbn", error.Message);
        Assert.Contains("regel 2", error.Message);
        Assert.Contains("'title'", error.Message);
        Assert.Contains("| json", error.Message);
    }

    [Theory]
    [InlineData("{{ title | json | string.upcase }}")]
    [InlineData("{{ string.upcase (json title) }}")]
    [InlineData("{{ json = string.upcase }}{{ title | json }}")]
    [InlineData("{{ for json in items }}{{ title | json }}{{ end }}")]
    [InlineData("{{ title | json 2 }}")]
    [InlineData("{{ include 'other' }}")]
    [InlineData("{{ tablerow x in items }}{{ x | json }}{{ end }}")]
    [InlineData("{{ 'literal' }}")]
    public void Output_that_json_does_not_escape_last_is_refused(string tag)
    {
        using var folder = Folder(("bad", CardStart + "{ \"type\": \"TextBlock\", \"text\": " + tag + " }" + CardEnd));

        Assert.Throws<CardTemplateException>(() => CardTestKit.Templates(folder.Path).Render("bad", new { Title = "x", Items = new[] { 1 } }));
    }

    [Fact]
    public void An_included_partial_obeys_the_same_rule()
    {
        using var folder = Folder(
            ("card", CardStart + "{{ include '_block' }}" + CardEnd),
            ("_block", "{ \"type\": \"TextBlock\", \"text\": \"{{ title }}\" }"));

        var error = Assert.Throws<CardTemplateException>(() => CardTestKit.Templates(folder.Path).Render("card", new { Title = "x" }));

        Assert.Contains("_block.json.sbn", error.Message + error.InnerException?.Message);
    }

    [Fact]
    public void A_value_printed_inside_a_quoted_string_breaks_the_json_and_is_refused()
    {
        using var folder = Folder(("quoted", CardStart + "{ \"type\": \"TextBlock\", \"text\": \"Hallo {{ title | json }}\" }" + CardEnd));

        var error = Assert.Throws<CardTemplateException>(() => CardTestKit.Templates(folder.Path).Render("quoted", new { Title = "x" }));

        Assert.Contains("geen geldige JSON", error.Message);
    }

    [Fact]
    public void A_template_that_renders_no_adaptive_card_1_5_is_refused()
    {
        using var folder = Folder(("old", """{ "type": "AdaptiveCard", "version": "1.2", "body": [] }"""));

        var error = Assert.Throws<CardTemplateException>(() => CardTestKit.Templates(folder.Path).Render("old", new { }));

        Assert.Contains("Adaptive Card 1.5", error.Message);
    }

    [Fact]
    public void Validating_the_folder_names_every_broken_template()
    {
        using var folder = Folder(
            ("good", CardStart + "{ \"type\": \"TextBlock\", \"text\": {{ title | json }} }" + CardEnd),
            ("one", "{{ a }}"),
            ("two", "{{ if }}"));

        var error = Assert.Throws<CardTemplateException>(() => CardTestKit.Templates(folder.Path).ValidateAll());

        Assert.Contains("one.json.sbn", error.Message);
        Assert.Contains("two.json.sbn", error.Message);
        Assert.DoesNotContain("good.json.sbn", error.Message);
    }

    [Fact]
    public void A_missing_template_is_named_with_the_setting_that_points_to_it()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<CardTemplateException>(() => CardTestKit.Templates(folder.Path).Render("answer", new { }));

        Assert.Contains("answer.json.sbn", error.Message);
        Assert.Contains("Cards:TemplatesPath", error.Message);
    }

    [Fact]
    public void A_200_KB_answer_is_shortened_with_an_ellipsis_and_a_note_instead_of_failing()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Dit is een heel lange toelichting op het contract. ", 4000));
        var answer = CardTestKit.Document with { Text = paragraph + "\n- " + paragraph[..20_000] + "\n\nSlot." };
        Assert.True(Encoding.UTF8.GetByteCount(answer.Text) > 200_000);

        var card = _cards.Answer(answer, CardActionStyle.Execute);
        CardArtifacts.Save("answer-truncated", card);

        CardAssert.WellFormed(card);
        Assert.True(card.WasShortened);
        var texts = CardTestKit.Texts(card);
        Assert.Contains(texts, t => t.EndsWith(JsonValueWriterEllipsis, StringComparison.Ordinal) && t.Length > 100);
        Assert.Equal(AdaptiveCardTemplates.ShortenedNote, texts[^1]);
        Assert.Contains("Slot.", texts);
        Assert.Equal(["Nuttig", "Niet nuttig", "Vraag het inkoopteam"], CardTestKit.ActionTitles(card));
    }

    [Fact]
    public void Thousands_of_bullet_lines_still_make_a_card_under_the_limit()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 5000).Select(i => $"- Aanbieder {i}: inspanningsgericht, € 72,50 per uur, t/m 31-12-2028"));

        var card = _cards.Answer(CardTestKit.Contract with { Text = "Gecontracteerd:\n" + lines }, CardActionStyle.Submit);

        CardAssert.WellFormed(card);
        Assert.True(CardTestKit.OfType(card, "ColumnSet").Count <= 61);
        Assert.Contains(CardTestKit.Texts(card), t => t.Contains("Aanbieder 5000") || t.EndsWith(JsonValueWriterEllipsis, StringComparison.Ordinal));
    }

    [Fact]
    public void A_normal_card_is_not_shortened_and_carries_no_note()
    {
        var card = _cards.Answer(CardTestKit.Contract, CardActionStyle.Execute);

        Assert.False(card.WasShortened);
        Assert.DoesNotContain(AdaptiveCardTemplates.ShortenedNote, CardTestKit.Texts(card));
    }

    private const string JsonValueWriterEllipsis = "…";

    private static TempDirectory Folder(params (string Name, string Text)[] templates)
    {
        var folder = new TempDirectory();
        foreach (var (name, text) in templates)
            File.WriteAllText(folder.File(name + AdaptiveCardTemplates.FileExtension), text);
        return folder;
    }
}
