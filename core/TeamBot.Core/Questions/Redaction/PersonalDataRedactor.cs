namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// Replaces personal data in a toegangsmedewerker's question with typed placeholders ([NAAM], [BSN], …)
/// before the question is stored, logged or sent anywhere. Region names from the lexicon (aanbieders,
/// gemeenten, producten, toegangen, contract people) are not personal data here and stay.
/// Safe on any input: it does not throw, and its patterns run in linear time.
/// </summary>
public sealed class PersonalDataRedactor
{
    private readonly RedactionLexicon lexicon;

    public PersonalDataRedactor(RedactionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.lexicon = lexicon;
    }

    public RedactionResult Redact(string text)
    {
        if (string.IsNullOrEmpty(text)) return new RedactionResult(text ?? "", []);
        var detection = DetectionText.Of(text);
        var spans = Detect(detection.Plain).Select(detection.ToOriginal).ToList();
        return new RedactionResult(Placeholders.Apply(text, spans), spans);
    }

    /// <summary>Spans of personal data in the plain text, in text order.</summary>
    private IReadOnlyList<RedactedSpan> Detect(string text)
    {
        // Most certain first: a later detector cannot take characters an earlier one claimed.
        var claims = new SpanClaims(text.Length);
        IbanDetector.Find(text, claims);
        ContactDetector.Find(text, claims);
        BsnDetector.Find(text, claims);
        CaseNumberDetector.Find(text, claims);
        AddressDetector.Find(text, claims, lexicon);
        var dates = DateDetector.FindCandidates(text, claims);
        var mentionsClient = NameScan.ClaimNames(text, lexicon, claims);
        DateDetector.Claim(dates, claims, IsCaseQuestion(mentionsClient, claims));
        return claims.InTextOrder();
    }

    /// <summary>Casuïstiek: the text names a client, a person or their BSN, home address or file number.</summary>
    private static bool IsCaseQuestion(bool mentionsClient, SpanClaims claims) =>
        mentionsClient
        || claims.Contains(PersonalDataKind.Name)
        || claims.Contains(PersonalDataKind.Bsn)
        || claims.Contains(PersonalDataKind.Address)
        || claims.Contains(PersonalDataKind.ClientNumber);
}
