namespace TeamBot.Core.Questions.Redaction;

/// <summary>Finds e-mail addresses and phone numbers, and keeps web links away from name detection.</summary>
internal static class ContactDetector
{
    public static void Find(string text, SpanClaims claims)
    {
        foreach (var match in RedactionPatterns.Email().EnumerateMatches(text))
            if (HasTopLevelDomain(text.AsSpan(match.Index, match.Length)))
                claims.TryClaim(PersonalDataKind.Email, match.Index, match.Length);

        foreach (var match in RedactionPatterns.Link().EnumerateMatches(text))
            claims.Reserve(match.Index, match.Length);

        foreach (var match in RedactionPatterns.Phone().EnumerateMatches(text))
            claims.TryClaim(PersonalDataKind.Phone, match.Index, match.Length);
    }

    /// <summary>"jan@radar.nl" has one; "iets@intern" does not, and neither does a domain ending in digits.</summary>
    private static bool HasTopLevelDomain(ReadOnlySpan<char> address)
    {
        var domain = address[(address.LastIndexOf('.') + 1)..];
        if (domain.Length < 2) return false;
        foreach (var c in domain)
            if (!char.IsLetter(c)) return false;
        return true;
    }
}
