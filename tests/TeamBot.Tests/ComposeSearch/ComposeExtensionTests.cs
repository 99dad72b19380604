using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.ComposeSearch;
using TeamBot.Core.Digest;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;
using TeamBot.Tests.Conversations;

namespace TeamBot.Tests.ComposeSearch;

/// <summary>
/// The message extension as Teams drives it: signed composeExtension invokes through /api/messages, answered with the
/// Bot Framework's messaging-extension shapes, on the sample region.
/// </summary>
public sealed class ComposeExtensionTests
{
    private const string Asker = "00000000-0000-0000-0000-0000000000a1";

    [Fact]
    public async Task A_search_lists_the_contracts_in_force_for_the_product_with_a_preview_and_the_card_to_insert()
    {
        await using var host = await TeamsBotHost.StartAsync();

        var results = await ResultsAsync(host, "logeeropvang in Stein");

        Assert.Equal(["Logeerhuis De Vlinder", "Stichting Gehandicaptenzorg (SGL)"], results.Select(r => r.Title).Order().ToArray());
        var first = results.Single(r => r.Title == "Logeerhuis De Vlinder");
        Assert.Equal("Kortdurend verblijf (logeeropvang) (44C01)", first.Subtitle);
        Assert.Contains("per etmaal", first.Text);
        Assert.Contains("t/m 31-12-2026", first.Text);
        Assert.Contains("Logeerhuis De Vlinder", first.Card);
        Assert.Contains("Sittard-Geleen, Beek, Stein en Beekdaelen", first.Card);
        Assert.Equal("invoke", first.Tap.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("plegzorg", "Pleegzorg Mergelland")]
    [InlineData("logeer", "Autismepunt Zuid")]
    [InlineData("BGI", "Begeleiding individueel (BGI-ZIN) (02A01)")]
    [InlineData("45a02", "Ambulante jeugdhulp specialistisch (45A02)")]
    public async Task Typos_word_beginnings_abbreviations_and_codes_find_what_the_chat_would(string query, string expected)
    {
        await using var host = await TeamsBotHost.StartAsync();

        var results = await ResultsAsync(host, query);

        Assert.Contains(results, r => r.Title == expected || r.Subtitle == expected);
        Assert.InRange(results.Count, 1, ComposeSearchOptions.TeamsMaxResults);
    }

    [Fact]
    public async Task A_broad_search_shows_at_most_25_results()
    {
        await using var host = await TeamsBotHost.StartAsync();

        var results = await ResultsAsync(host, "Heerlen");

        Assert.Equal(ComposeSearchOptions.TeamsMaxResults, results.Count);
    }

    [Fact]
    public async Task A_query_that_names_nothing_of_the_region_says_what_to_search_for()
    {
        await using var host = await TeamsBotHost.StartAsync();

        var body = await InvokeAsync(host, "composeExtension/query", Query("xqzv wrdfl"));

        var extension = body.GetProperty("composeExtension");
        Assert.Equal("message", extension.GetProperty("type").GetString());
        Assert.StartsWith("Niets gevonden.", extension.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_empty_search_shows_the_products_the_users_gemeente_asked_about_most()
    {
        await using var host = await TeamsBotHost.StartAsync();
        await SaveDefaultAsync(host, "Heerlen");
        await host.PostAsync(host.Personal("Welke aanbieders bieden logeeropvang in Heerlen?", Asker));
        await host.PostAsync(host.Personal("Wat is het tarief van logeeropvang bij Autismepunt Zuid?", Asker));

        var results = await ResultsAsync(host, initialRun: true);

        Assert.Equal("Kortdurend verblijf (logeeropvang) (44C01)", results[0].Subtitle);
        Assert.Equal(["Autismepunt Zuid", "Stichting Gehandicaptenzorg (SGL)"], results.TakeWhile(r => r.Subtitle == results[0].Subtitle).Select(r => r.Title).ToArray());
    }

    [Fact]
    public async Task Chosen_compose_results_do_not_push_themselves_up_the_empty_search()
    {
        await using var host = await TeamsBotHost.StartAsync();
        await SaveDefaultAsync(host, "Heerlen");
        await host.PostAsync(host.Personal("Welke aanbieders bieden logeeropvang in Heerlen?", Asker));
        var pleegzorg = (await ResultsAsync(host, "pleegzorg")).First(r => r.Subtitle.Contains("44A01"));
        for (var i = 0; i < 3; i++) await InvokeAsync(host, "composeExtension/selectItem", pleegzorg.Tap.GetProperty("value"));

        var results = await ResultsAsync(host, initialRun: true);

        Assert.Equal("Kortdurend verblijf (logeeropvang) (44C01)", results[0].Subtitle);
    }

    [Fact]
    public async Task The_default_gemeente_from_the_settings_page_narrows_later_searches_per_user()
    {
        await using var host = await TeamsBotHost.StartAsync();

        var config = (await InvokeAsync(host, "composeExtension/querySettingUrl", new { commandId = "verwijsgids" })).GetProperty("composeExtension");
        Assert.Equal("config", config.GetProperty("type").GetString());
        var url = config.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("value").GetString()!;
        Assert.Contains("/addin/teams-instellingen.html?gemeenten=", url);
        Assert.Contains("Valkenburg+aan+de+Geul", url);

        await SaveDefaultAsync(host, "Stein");
        Assert.Equal(["Logeerhuis De Vlinder", "Stichting Gehandicaptenzorg (SGL)"], (await ResultsAsync(host, "logeeropvang")).Select(r => r.Title).Order().ToArray());
        Assert.Contains("gemeente=Stein", (await InvokeAsync(host, "composeExtension/querySettingUrl", new { commandId = "verwijsgids" })).GetRawText());

        var otherUser = await ResultsAsync(host, "logeeropvang", aadObjectId: "00000000-0000-0000-0000-0000000000b2");
        Assert.Contains(otherUser, r => r.Title == "Autismepunt Zuid");
    }

    [Fact]
    public async Task A_gemeente_outside_the_region_is_refused_in_dutch_and_not_stored()
    {
        await using var host = await TeamsBotHost.StartAsync();

        var body = await InvokeAsync(host, "composeExtension/setting", new { state = """{"gemeente":"Amsterdam"}""" });

        Assert.Equal("Deze gemeente hoort niet bij de regio; kies er een uit de lijst.", body.GetProperty("composeExtension").GetProperty("text").GetString());
        Assert.Contains(await ResultsAsync(host, "logeeropvang"), r => r.Title == "Autismepunt Zuid");
    }

    [Fact]
    public async Task Choosing_a_result_logs_the_search_redacted_and_the_digest_counts_it()
    {
        await using var host = await TeamsBotHost.StartAsync();
        var results = await ResultsAsync(host, "pleegzorg voor Jan Jansen bsn 111222333");

        var chosen = await InvokeAsync(host, "composeExtension/selectItem", results[0].Tap.GetProperty("value"));

        Assert.Equal("result", chosen.GetProperty("composeExtension").GetProperty("type").GetString());
        var entry = Assert.Single(await host.Services.GetRequiredService<IQuestionLog>().ListAsync(null, null));
        Assert.Equal(ComposeSearchService.Intent, entry.Intent);
        Assert.DoesNotContain("111222333", entry.RedactedText);
        Assert.DoesNotContain("Jansen", entry.RedactedText);
        Assert.Contains("pleegzorg", entry.RedactedText);
        Assert.Equal(["44A01"], entry.Topics!.ProductCodes);
        var week = IsoWeek.Of(host.Services.GetRequiredService<RegionCalendar>().Today);
        var digest = await host.Services.GetRequiredService<DigestBuilder>().BuildAsync(week, DigestAudience.Inkoopteam);
        Assert.Equal(1, digest.Questions!.Contract);
        Assert.Contains(digest.TopProducts!, t => t.Code == "44A01");
    }

    [Fact]
    public async Task Choosing_one_of_two_contracts_that_differ_only_in_gemeenten_inserts_that_contract()
    {
        await using var host = await TeamsBotHost.StartAsync();
        var results = (await ResultsAsync(host, "Radar Jeugd begeleiding groep jeugd")).Where(r => r.Subtitle.Contains("45C01")).ToList();
        Assert.Equal(2, results.Count);

        foreach (var result in results)
        {
            var chosen = await InvokeAsync(host, "composeExtension/selectItem", result.Tap.GetProperty("value"));
            var card = chosen.GetProperty("composeExtension").GetProperty("attachments")[0].GetProperty("content").GetRawText();
            Assert.Equal(result.Card.Contains("Sittard-Geleen"), card.Contains("Sittard-Geleen"));
            Assert.Equal(result.Card.Contains("Heerlen"), card.Contains("Heerlen"));
        }
    }

    [Fact]
    public async Task A_chosen_result_counts_for_the_askers_own_gemeente_and_the_searched_gemeente_is_its_topic()
    {
        await using var host = await TeamsBotHost.StartAsync(new Dictionary<string, string?> { [$"AskerMunicipalities:Users:{Asker}"] = "Heerlen" });
        var results = await ResultsAsync(host, "pleegzorg Vaals");

        await InvokeAsync(host, "composeExtension/selectItem", results[0].Tap.GetProperty("value"));

        var entry = Assert.Single(await host.Services.GetRequiredService<IQuestionLog>().ListAsync(null, null));
        Assert.Equal("Heerlen", entry.AskerMunicipality);
        Assert.Equal("Vaals", entry.Topics!.Municipality);
    }

    [Fact]
    public async Task A_choice_the_client_made_up_gets_a_message_and_logs_nothing()
    {
        await using var host = await TeamsBotHost.StartAsync();

        var body = await InvokeAsync(host, "composeExtension/selectItem", new { provider = "Bestaat Niet BV", productCode = "44A01" });
        var overlong = await host.PostAsync(host.ComposeInvoke("composeExtension/selectItem", new { provider = new string('x', 5000), productCode = "44A01" }));

        Assert.Equal(ComposeSearchTexts.Gone, body.GetProperty("composeExtension").GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.Empty(await host.Services.GetRequiredService<IQuestionLog>().ListAsync(null, null));
    }

    [Fact]
    public async Task Ask_TeamBot_on_a_message_shows_it_redacted_then_answers_with_a_card_ready_to_send()
    {
        await using var host = await TeamsBotHost.StartAsync();
        var message = new { body = new { contentType = "html", content = "<p>Hoi! Mevrouw de Vries (06-12345678) vraagt:</p><p>welke aanbieders bieden logeeropvang in Heerlen?</p>" } };

        var dialog = await InvokeAsync(host, "composeExtension/fetchTask", new { commandId = "vraagTeamBot", commandContext = "message", messagePayload = message });
        var prefilled = dialog.GetProperty("task").GetProperty("value").GetProperty("card").GetProperty("content").GetRawText();
        Assert.Equal("continue", dialog.GetProperty("task").GetProperty("type").GetString());
        Assert.DoesNotContain("12345678", prefilled);
        Assert.Contains("logeeropvang in Heerlen", prefilled);

        var answer = await InvokeAsync(host, "composeExtension/submitAction",
            new { commandId = "vraagTeamBot", commandContext = "message", messagePayload = message, data = new { vraag = "Welke aanbieders bieden logeeropvang in Heerlen?" } });
        var attachment = answer.GetProperty("composeExtension").GetProperty("attachments")[0];
        var card = attachment.GetProperty("content").GetRawText();
        Assert.Contains("Autismepunt Zuid", card);
        Assert.DoesNotContain("Action.Execute", card);
        Assert.DoesNotContain("Action.Submit", card);
        var entry = Assert.Single(await host.Services.GetRequiredService<IQuestionLog>().ListAsync(null, null));
        Assert.Equal("msteams-bericht", entry.Channel);
    }

    [Fact]
    public async Task Ask_TeamBot_without_an_edited_question_asks_the_message_text_redacted()
    {
        await using var host = await TeamsBotHost.StartAsync();
        var message = new { body = new { contentType = "html", content = "Wat is het tarief van pleegzorg? Groet, Piet Jansen, 06-12345678" } };

        await InvokeAsync(host, "composeExtension/submitAction", new { commandId = "vraagTeamBot", commandContext = "message", messagePayload = message });

        var entry = Assert.Single(await host.Services.GetRequiredService<IQuestionLog>().ListAsync(null, null));
        Assert.Contains("tarief van pleegzorg", entry.RedactedText);
        Assert.DoesNotContain("12345678", entry.RedactedText);
        Assert.DoesNotContain("Jansen", entry.RedactedText);
    }

    [Fact]
    public async Task Another_tenant_and_an_unsigned_invoke_are_refused_before_anything_is_read()
    {
        await using var host = await TeamsBotHost.StartAsync(new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = "99999999-9999-9999-9999-999999999999" });

        var otherTenant = await host.PostAsync(host.ComposeInvoke("composeExtension/query", Query("pleegzorg")));
        var unsigned = await host.PostAsync(host.ComposeInvoke("composeExtension/query", Query("pleegzorg")), token: "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    private static object Query(string text) => new { commandId = "verwijsgids", parameters = new[] { new { name = "zoekterm", value = text } }, queryOptions = new { skip = 0, count = 25 } };

    private static async Task SaveDefaultAsync(TeamsBotHost host, string municipality) =>
        await InvokeAsync(host, "composeExtension/setting", new { state = JsonSerializer.Serialize(new { gemeente = municipality }) }, expectBody: false);

    private static async Task<List<Result>> ResultsAsync(TeamsBotHost host, string text = "", bool initialRun = false, string aadObjectId = Asker)
    {
        object value = initialRun
            ? new { commandId = "verwijsgids", parameters = new[] { new { name = "initialRun", value = "true" } }, queryOptions = new { skip = 0, count = 25 } }
            : Query(text);
        var body = await InvokeAsync(host, "composeExtension/query", value, aadObjectId: aadObjectId);
        var extension = body.GetProperty("composeExtension");
        Assert.Equal("result", extension.GetProperty("type").GetString());
        Assert.Equal("list", extension.GetProperty("attachmentLayout").GetString());
        return extension.GetProperty("attachments").EnumerateArray().Select(Result.From).ToList();
    }

    private static async Task<JsonElement> InvokeAsync(TeamsBotHost host, string name, object value, bool expectBody = true, string aadObjectId = Asker)
    {
        var response = await host.PostAsync(host.ComposeInvoke(name, value, aadObjectId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return expectBody || text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
    }

    private sealed record Result(string Title, string Subtitle, string Text, JsonElement Tap, string Card)
    {
        public static Result From(JsonElement attachment)
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
            var preview = attachment.GetProperty("preview");
            Assert.Equal("application/vnd.microsoft.card.thumbnail", preview.GetProperty("contentType").GetString());
            var content = preview.GetProperty("content");
            return new Result(content.GetProperty("title").GetString()!, content.GetProperty("subtitle").GetString()!, content.GetProperty("text").GetString()!,
                content.GetProperty("tap").Clone(), attachment.GetProperty("content").GetRawText());
        }
    }
}
