using TeamBot.Core.Digest;

namespace TeamBot.Tests.Digest;

public sealed class DigestCommandTests
{
    [Theory]
    [InlineData("digest aan", DigestCommandKind.Subscribe, null)]
    [InlineData("Digest aan inkoopteam", DigestCommandKind.Subscribe, DigestAudience.Inkoopteam)]
    [InlineData("digest aan toegangen.", DigestCommandKind.Subscribe, DigestAudience.Toegangen)]
    [InlineData("weekoverzicht uit", DigestCommandKind.Unsubscribe, null)]
    [InlineData("  digest NU ", DigestCommandKind.Preview, null)]
    [InlineData("digest nu toegangen", DigestCommandKind.Preview, DigestAudience.Toegangen)]
    [InlineData("meldingen uit", DigestCommandKind.AlertsOff, null)]
    [InlineData("Meldingen aan!", DigestCommandKind.AlertsOn, null)]
    public void The_commands_are_read_in_any_case(string text, DigestCommandKind kind, DigestAudience? audience)
    {
        var command = DigestCommand.Parse(text)!;
        Assert.Equal(kind, command.Kind);
        Assert.Equal(audience, command.Audience);
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("digest aan iedereen")]
    [InlineData("meldingen")]
    public void A_slip_gets_the_usage_and_is_no_question(string text) => Assert.Equal(DigestCommandKind.Usage, DigestCommand.Parse(text)!.Kind);

    [Theory]
    [InlineData("digest nu toegang", DigestAudience.Toegangen)]
    [InlineData("ｄｉｇｅｓｔ aan inkoopteam", DigestAudience.Inkoopteam)]
    public void The_chat_pages_rol_and_odd_characters_are_read_too(string text, DigestAudience audience) =>
        Assert.Equal(audience, DigestCommand.Parse(text)!.Audience);

    [Theory]
    [InlineData("Wat staat er in de digest van het inkoopteam over dagbesteding in Heerlen en Kerkrade voor volgend jaar?")]
    [InlineData("Welke meldingen moet ik doen bij een verlenging?")]
    [InlineData("")]
    public void Anything_else_is_a_question(string text) => Assert.Null(DigestCommand.Parse(text));
}
