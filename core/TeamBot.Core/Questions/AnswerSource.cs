namespace TeamBot.Core.Questions;

/// <summary>Where an answer comes from, cited to the user.</summary>
public sealed record AnswerSource(AnswerSourceKind Kind, string Title, string? Section)
{
    private static readonly Dictionary<AnswerSourceKind, string> WireNames = new Dictionary<AnswerSourceKind, string>
    {
        [AnswerSourceKind.ReferralGuide] = "verwijsgids",
        [AnswerSourceKind.Document] = "document",
        [AnswerSourceKind.Faq] = "faq",
    };

    /// <summary>"verwijsgids", "document" or "faq", as the CLI's JSON and the log say it.</summary>
    public string WireKind => WireNames[Kind];

    public static AnswerSourceKind KindFromWire(string wireKind) => WireNames.Single(w => w.Value == wireKind).Key;
}
