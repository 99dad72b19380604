using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Escalations;

public sealed class EscalationServiceTests
{
    [Fact]
    public async Task An_escalated_question_gets_one_ticket_with_the_redacted_question_and_its_log_entry_shows_it()
    {
        await using var host = await QuestionTestHost.StartAsync();
        var escalations = host.Services.GetRequiredService<EscalationService>();
        var asked = await host.AskAsync("Mag een aanbieder bij mevrouw Jansen een no-show declareren?", "Heerlen");

        var first = await escalations.EscalateAsync(asked.LogId!.Value, "asker-address", asked.Text);
        var again = await escalations.EscalateAsync(asked.LogId!.Value, "asker-address", asked.Text);

        Assert.Equal(first!.Id, again!.Id);
        Assert.Equal(EscalationState.Open, first.State);
        Assert.Contains("mevrouw [NAAM]", first.RedactedQuestion);
        Assert.Equal("Heerlen", first.AskerMunicipality);
        Assert.Equal(EscalationState.Open, (await host.Log.GetAsync(asked.LogId.Value))!.EscalationState);
    }

    [Fact]
    public async Task Escalating_a_question_twice_uses_no_ticket_number_so_the_next_question_gets_the_next_number()
    {
        await using var host = await QuestionTestHost.StartAsync();
        var escalations = host.Services.GetRequiredService<EscalationService>();
        var first = await host.AskAsync("Mag een logeerhuis een eigen bijdrage vragen voor uitstapjes?", "Beek");
        var second = await host.AskAsync("Wat is de termijn voor een herindicatie?", "Beek");

        var ticket = await escalations.EscalateAsync(first.LogId!.Value, null, first.Text);
        await escalations.EscalateAsync(first.LogId.Value, null, first.Text);
        var next = await escalations.EscalateAsync(second.LogId!.Value, null, second.Text);

        Assert.Equal(ticket!.Id + 1, next!.Id);
    }

    [Fact]
    public async Task The_store_opens_a_question_twice_without_using_up_a_number_when_two_presses_race_past_the_check()
    {
        await using var host = await QuestionTestHost.StartAsync();
        var store = host.Services.GetRequiredService<IEscalationStore>();
        EscalationTicket Ticket(long logId) => new(0, logId, "vraag", QuestionCategory.Contract, null, null, null, EscalationState.Open, host.Clock.GetUtcNow());

        var opened = await store.OpenAsync(Ticket(1));
        var again = await store.OpenAsync(Ticket(1));
        var other = await store.OpenAsync(Ticket(2));

        Assert.Equal(opened.Id, again.Id);
        Assert.Equal(opened.Id + 1, other.Id);
    }

    [Fact]
    public async Task Escalating_an_answered_question_again_keeps_its_ticket_answered()
    {
        await using var host = await QuestionTestHost.StartAsync();
        var escalations = host.Services.GetRequiredService<EscalationService>();
        var asked = await host.AskAsync("Mag een logeerhuis een eigen bijdrage vragen voor uitstapjes?", "Beek");
        var ticket = await escalations.EscalateAsync(asked.LogId!.Value, null, asked.Text);
        await escalations.AnswerAsync(ticket!.Id, "Nee.", "expert-1", saveAsFaq: false);

        var again = await escalations.EscalateAsync(asked.LogId.Value, null, asked.Text);

        Assert.Equal(EscalationState.Answered, again!.State);
        Assert.Equal(EscalationState.Answered, (await host.Log.GetAsync(asked.LogId.Value))!.EscalationState);
    }

    [Fact]
    public async Task A_ticket_is_answered_once_and_the_answer_saved_as_standard_answer_answers_the_next_identical_question()
    {
        await using var host = await QuestionTestHost.StartAsync();
        var escalations = host.Services.GetRequiredService<EscalationService>();
        var asked = await host.AskAsync("Mag een logeerhuis een eigen bijdrage vragen voor uitstapjes?", "Beek");
        var ticket = await escalations.EscalateAsync(asked.LogId!.Value, null, asked.Text);

        var answered = await escalations.AnswerAsync(ticket!.Id, "Nee, uitstapjes vallen binnen het tarief van 44C01.", "expert-1", saveAsFaq: true);
        var second = await escalations.AnswerAsync(ticket.Id, "Ja hoor.", "expert-2", saveAsFaq: true);
        var next = await host.AskAsync("mag een logeerhuis een eigen bijdrage vragen voor uitstapjes", "Stein");

        Assert.Equal(TicketAnswerOutcome.Answered, answered.Outcome);
        Assert.Equal(TicketAnswerOutcome.AlreadyAnswered, second.Outcome);
        Assert.Equal("Nee, uitstapjes vallen binnen het tarief van 44C01.", second.Ticket!.Answer);
        Assert.Equal("faq", next.Intent);
        Assert.Equal("Nee, uitstapjes vallen binnen het tarief van 44C01.", next.Text);
        Assert.Equal(AnswerSourceKind.Faq, Assert.Single(next.Sources).Kind);
        Assert.Equal(EscalationState.Answered, (await host.Log.GetAsync(asked.LogId.Value))!.EscalationState);
    }

    [Fact]
    public async Task Personal_data_in_an_expert_answer_is_redacted_before_it_is_stored()
    {
        await using var host = await QuestionTestHost.StartAsync();
        var escalations = host.Services.GetRequiredService<EscalationService>();
        var asked = await host.AskAsync("Wat is de termijn voor een herindicatie?");
        var ticket = await escalations.EscalateAsync(asked.LogId!.Value, null, null);

        var result = await escalations.AnswerAsync(ticket!.Id, "Bel mevrouw Pietersen op 06-12345678 voor de termijn.", "expert-1", saveAsFaq: false);

        Assert.Equal("Bel mevrouw [NAAM] op [TELEFOON] voor de termijn.", result.Ticket!.Answer);
    }

    [Theory]
    [InlineData("2026-11-16T09:00:00+01:00", "2026-11-23T10:00:00+01:00", false)]
    [InlineData("2026-11-16T09:00:00+01:00", "2026-11-24T08:00:00+01:00", true)]
    [InlineData("2026-11-20T17:00:00+01:00", "2026-11-27T09:00:00+01:00", false)]
    public void An_open_ticket_is_overdue_after_five_werkdagen(string opened, string now, bool overdue)
    {
        var ticket = new EscalationTicket(1, 1, "vraag", QuestionCategory.Contract, null, null, null, EscalationState.Open, DateTimeOffset.Parse(opened, CultureInfo.InvariantCulture));

        Assert.Equal(overdue, ticket.IsOverdue(TestCalendar.At(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture))));
    }
}
