using TeamBot.Core.Language;
using TeamBot.Core.Questions;
using TeamBot.Core.WireFormat;

namespace TeamBot.Core.Digest;

/// <summary>
/// The chat commands of the digest and the change alerts: "digest aan [inkoopteam|toegangen]", "digest uit",
/// "digest nu", "meldingen uit", "meldingen aan". Anything else is a question.
/// </summary>
public sealed record DigestCommand(DigestCommandKind Kind, DigestAudience? Audience = null)
{
    /// <summary>Short commands only: a question that happens to start with "digest" is still a question.</summary>
    private const int MaxCommandLength = 60;

    public static DigestCommand? Parse(string? text)
    {
        // Compatibility forms too: full-width letters typed on some keyboards read as the plain ones.
        var clean = QuestionText.Clean(text).Normalize(System.Text.NormalizationForm.FormKC);
        if (clean.Length > MaxCommandLength) return null;
        return TextFolding.Tokens(clean) switch
        {
            ["digest" or "weekoverzicht", "aan"] => new DigestCommand(DigestCommandKind.Subscribe),
            ["digest" or "weekoverzicht", "aan", var audience] when AudienceOf(audience) is { } parsed => new DigestCommand(DigestCommandKind.Subscribe, parsed),
            ["digest" or "weekoverzicht", "uit"] => new DigestCommand(DigestCommandKind.Unsubscribe),
            ["digest" or "weekoverzicht", "nu"] => new DigestCommand(DigestCommandKind.Preview),
            ["digest" or "weekoverzicht", "nu", var audience] when AudienceOf(audience) is { } parsed => new DigestCommand(DigestCommandKind.Preview, parsed),
            ["meldingen", "uit"] => new DigestCommand(DigestCommandKind.AlertsOff),
            ["meldingen", "aan"] => new DigestCommand(DigestCommandKind.AlertsOn),
            // A slip ("digest", "digest aan iedereen") gets the usage, and is not logged as a question.
            ["digest" or "weekoverzicht", ..] or ["meldingen"] or ["meldingen", _] => new DigestCommand(DigestCommandKind.Usage),
            _ => null,
        };
    }

    /// <summary>"inkoopteam", "toegangen", or "toegang" as the chat page's rol says it.</summary>
    private static DigestAudience? AudienceOf(string word) => word == "toegang" ? DigestAudience.Toegangen : WireNames.Parse<DigestAudience>(word);

    public const string UsageText =
        "Zo gebruik je het weekoverzicht:\n- \"digest aan\" (of \"digest aan inkoopteam\" / \"digest aan toegangen\"): elke week het overzicht in dit gesprek\n" +
        "- \"digest nu\": het overzicht van deze week, nu\n- \"digest uit\": geen overzicht meer\n" +
        "- \"meldingen uit\" / \"meldingen aan\": wel of geen bericht als een contract waar je naar vroeg wijzigt";
}

public enum DigestCommandKind
{
    Subscribe,
    Unsubscribe,
    Preview,
    AlertsOff,
    AlertsOn,

    /// <summary>Something that looks like a command but is none: the bot explains the commands.</summary>
    Usage,
}
