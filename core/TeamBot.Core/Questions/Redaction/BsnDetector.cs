namespace TeamBot.Core.Questions.Redaction;

/// <summary>Finds BSNs: eight or nine digits that pass the elfproef and are not labelled as another number.</summary>
internal static class BsnDetector
{
    // An AGB-code or KvK-nummer is also eight digits and passes the elfproef one time in eleven.
    private static readonly string[] OtherNumberLabels = ["kvk", "k.v.k", "agb"];
    private const int LabelReach = 20;

    public static void Find(string text, SpanClaims claims)
    {
        foreach (var match in RedactionPatterns.BsnCandidate().EnumerateMatches(text))
            if (Elfproef.IsValidBsn(text.AsSpan(match.Index, match.Length)) && !IsLabelledOtherNumber(text, match.Index))
                claims.TryClaim(PersonalDataKind.Bsn, match.Index, match.Length);
    }

    private static bool IsLabelledOtherNumber(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - LabelReach), Math.Min(start, LabelReach));
        foreach (var label in OtherNumberLabels)
            if (before.Contains(label, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
