using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Cards;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Cards;

/// <summary>A rule answered from the documents, as the card shows it: the quoted row under its header, the document and the verwijsgids as sources.</summary>
public sealed class RuleAnswerCardTests
{
    [Fact]
    public async Task A_rule_answer_card_quotes_the_row_that_states_the_period_and_cites_document_and_verwijsgids()
    {
        await using var host = await QuestionTestHost.StartAsync();
        var answer = await host.AskAsync("Hoe lang mag ik BGI toekennen?", "Maastricht");

        var card = host.Services.GetRequiredService<CardFactory>().Answer(answer, CardActionStyle.Execute);
        CardArtifacts.Save("answer-rule", card);

        Assert.Equal("rule", answer.Intent);
        Assert.Contains("24 maanden", answer.Text);
        Assert.Contains("Maximale looptijd per toewijzing: 24 maanden", answer.Text);
        Assert.Contains(answer.Sources, s => s.WireKind == "document" && s.Section!.Contains("Omvang en looptijd", StringComparison.Ordinal));
        Assert.Contains(answer.Sources, s => s.WireKind == "verwijsgids");
        Assert.Contains("24 maanden", card.Json);
    }
}
