using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.ComposeSearch;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.ComposeSearch;

/// <summary>
/// The compose-box search on the second, invented region (tests/.../Answers/second-region): other gemeenten, other
/// naming habits, an aanbieder named after two gemeenten, a contract ended in some gemeenten. Nothing is tuned to it.
/// </summary>
public sealed class ComposeSearchRegionTests : IAsyncLifetime
{
    private QuestionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await QuestionTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["SampleData:Folder"] = Path.Combine(AppContext.BaseDirectory, "Questions", "Answers", "second-region"),
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ComposeSearchService Search => _host.Services.GetRequiredService<ComposeSearchService>();

    [Theory]
    [InlineData("dyslexie Venlo")]
    [InlineData("EED in Venlo")]
    [InlineData("dyslexie")]
    public async Task A_gemeente_gets_only_the_contracts_in_force_there(string query)
    {
        var result = await Search.SearchAsync(new ComposeSearchRequest(query, null, "Venlo"));

        Assert.Equal("Venlo", result.Municipality);
        Assert.Equal(["Leesbrug Dyslexiezorg"], result.Hits.Select(h => h.Contract.Provider).Distinct().ToArray());
        Assert.Equal(["J-BEH-03", "J-BEH-04"], result.Hits.Select(h => h.Contract.ProductCode).Order().ToArray());
    }

    [Fact]
    public async Task An_aanbieder_named_after_gemeenten_is_found_as_the_aanbieder()
    {
        var result = await Search.SearchAsync(new ComposeSearchRequest("Dyslexiepraktijk Weert", null, null));

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal("Dyslexiepraktijk Weert-Nederweert", h.Contract.Provider));
        Assert.All(result.Hits, h => Assert.DoesNotContain("Venlo", h.Contract.Municipalities));
    }

    [Fact]
    public async Task A_word_beginning_finds_the_product_while_the_user_is_still_typing()
    {
        var result = await Search.SearchAsync(new ComposeSearchRequest("dysl", null, "Roermond"));

        Assert.Equal(ComposeSearchBasis.Matches, result.Basis);
        Assert.Contains(result.Hits, h => h.Contract.Provider == "MLPC Jeugd-ggz");
        Assert.All(result.Hits, h => Assert.StartsWith("J-BEH-0", h.Contract.ProductCode));
    }

    [Fact]
    public async Task A_doelgroep_or_specialisatie_finds_the_aanbieders_that_list_it()
    {
        var result = await Search.SearchAsync(new ComposeSearchRequest("autisme", null, null));

        Assert.NotEmpty(result.Hits);
        Assert.Contains(result.Hits, h => h.Contract.Provider == "MLPC Jeugd-ggz");
        Assert.All(result.Hits, h => Assert.Contains(h.Provider!.Specialisations.Concat(h.Provider.TargetGroups), t => t.Contains("autisme", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task An_empty_search_without_questions_shows_the_products_with_the_most_aanbieders_in_the_gemeente()
    {
        var result = await Search.SearchAsync(new ComposeSearchRequest("", null, "Weert"));

        Assert.Equal(ComposeSearchBasis.MostAsked, result.Basis);
        Assert.InRange(result.Hits.Count, 1, ComposeSearchOptions.TeamsMaxResults);
        Assert.All(result.Hits, h => Assert.True(h.Contract.AllMunicipalities || h.Contract.Municipalities.Contains("Weert")));
    }

    [Fact]
    public async Task Overlong_input_is_cut_before_it_is_read()
    {
        var result = await Search.SearchAsync(new ComposeSearchRequest("dyslexie " + new string('a', 100_000), null, null));

        Assert.Equal(ComposeSearchBasis.Matches, result.Basis);
        Assert.True(result.RedactedQuery.Length <= new ComposeSearchOptions().MaxQueryLength);
    }
}
