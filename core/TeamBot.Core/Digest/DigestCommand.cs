using TeamBot.Core.Language;
using TeamBot.Core.WireFormat;

namespace TeamBot.Core.Digest;

/// <summary>
/// The chat commands of the digest and the change alerts: "digest aan [inkoopteam|toegangen]", "digest uit",
/// "digest nu", "meldingen uit", "meldingen aan". Anything else is a question.
/// </summary>
public sealed record DigestCommand(DigestCommandKind Kind, DigestAudience? Audience = null)
{
    public static DigestCommand? Parse(string? text)
    {
        // Short commands only: a question that happens to start with "digest" is still a question.
        if (text is null || text.Length > 60) return null;
        return TextFolding.Tokens(text) switch
        {
            ["digest" or "weekoverzicht", "aan"] => new DigestCommand(DigestCommandKind.Subscribe),
            ["digest" or "weekoverzicht", "aan", var audience] when WireNames.Parse<DigestAudience>(audience) is { } parsed => new DigestCommand(DigestCommandKind.Subscribe, parsed),
            ["digest" or "weekoverzicht", "uit"] => new DigestCommand(DigestCommandKind.Unsubscribe),
            ["digest" or "weekoverzicht", "nu"] => new DigestCommand(DigestCommandKind.Preview),
            ["digest" or "weekoverzicht", "nu", var audience] when WireNames.Parse<DigestAudience>(audience) is { } parsed => new DigestCommand(DigestCommandKind.Preview, parsed),
            ["meldingen", "uit"] => new DigestCommand(DigestCommandKind.AlertsOff),
            ["meldingen", "aan"] => new DigestCommand(DigestCommandKind.AlertsOn),
            _ => null,
        };
    }
}

public enum DigestCommandKind
{
    Subscribe,
    Unsubscribe,
    Preview,
    AlertsOff,
    AlertsOn,
}
