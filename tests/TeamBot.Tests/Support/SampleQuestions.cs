using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Escalations;

namespace TeamBot.Tests.Support;

/// <summary>A small question log to measure: three questions asked on the host's clock, one of them escalated.</summary>
public static class SampleQuestions
{
    /// <summary>
    /// From Heerlen a contract question answered at once and one sent to the inkoopteam; from Beek a casuïstiek question
    /// redirected to its toegang.
    /// </summary>
    /// <returns>The open ticket of the escalated question.</returns>
    public static async Task<EscalationTicket> AskAsync(QuestionTestHost host)
    {
        await host.AskAsync("Wie levert pleegzorg?", "Heerlen");
        var escalated = await host.AskAsync("Wat is de termijn voor een herindicatie?", "Heerlen");
        await host.AskAsync("Mevrouw Jansen (34) wil minder uren, hoeveel moet ik indiceren?", "Beek");
        return (await host.Services.GetRequiredService<EscalationService>().EscalateAsync(escalated.LogId!.Value, null, null))!;
    }
}
