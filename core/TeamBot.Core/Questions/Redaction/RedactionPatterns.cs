using System.Text.RegularExpressions;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// The source-generated patterns the detectors start from. Each is written so the backtracking engine stays
/// linear: loops are bounded or followed by a character they cannot consume, and each pattern opens on a
/// literal, a digit or a boundary, so the engine's fast search skips text that cannot match.
/// Judgements a pattern cannot make (elfproef, dictionary look-ups, day and month ranges) are made in code.
/// </summary>
internal static partial class RedactionPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>An e-mail address; the top-level domain is checked in code.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+", Options)]
    public static partial Regex Email();

    /// <summary>A web link, kept away from name detection ("www.radar.nl" names no person).</summary>
    [GeneratedRegex(@"(?i:https?://|www\.)[^\s<>""']+", Options)]
    public static partial Regex Link();

    /// <summary>A Dutch phone number: 0 plus nine digits, or +31 / 0031 plus nine, with spaces, dots or hyphens ("06 - 1234 5678") between.</summary>
    [GeneratedRegex(@"(?<![0-9+])(?:(?:\+|00)[ ]?31[ \-.]?(?:\(0\)[ \-.]?)?|\(?0)[1-9](?:\)?(?:[ ]?[\-.][ ]?|[ ])?[0-9]){8}(?![0-9])", Options)]
    public static partial Regex Phone();

    /// <summary>Eight or nine digits as one number, or nine grouped 3-3-3 or 4-2-3; the elfproef is checked in code.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<![0-9][.,])(?:[0-9]{8,9}|[0-9]{3}(?<s>[ .])[0-9]{3}\k<s>[0-9]{3}|[0-9]{4}\.[0-9]{2}\.[0-9]{3})(?![0-9]|[.,][0-9])", Options)]
    public static partial Regex BsnCandidate();

    /// <summary>A postcode: "6211 AB", "6211AB" or "6211ab" (lower case only when written together, so "2024 de" is no postcode).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[1-9][0-9]{3}(?:[ ]?[A-Z]{2}|[a-z]{2})(?![\p{L}\p{N}])", Options)]
    public static partial Regex Postcode();

    /// <summary>
    /// The end of a street address: a street word ending ("…straat", "…weg", "Markt"), an optional compass word
    /// ("Rijksweg Zuid"), a house number and an optional addition ("12a", "12 A", "12-2"). The pattern starts at
    /// the street suffix so the search is a fast literal scan; the rest of the street name is read back in code.
    /// </summary>
    [GeneratedRegex(
        @"(?<suffix>(?i:straatje|straat|pleintje|plein|laan|weg|singel|gracht|dijk|hof|kade|steeg|pad|park|dreef|baan|ring|markt|wal|veld|berg|allee|boulevard|dam|vest|haven|oord|hoven|kamp))" +
        @"(?<compass>[ ](?:Noord|Oost|Zuid|West))?" +
        @"[ ](?<number>[1-9][0-9]{0,3})(?<addition>[a-zA-Z](?![\p{L}\p{N}])|[ ][A-Z](?![\p{L}\p{N}])|-[0-9]{1,4}(?![0-9])|-[a-zA-Z](?![\p{L}\p{N}]))?(?![\p{L}\p{N}])",
        Options)]
    public static partial Regex AddressEnd();

    /// <summary>A full date: 12-03-2011, 12/3/2011, 12.03.11, 2011-03-12 or 12 maart 2011; day and month ranges are checked in code.</summary>
    [GeneratedRegex(
        @"(?<![\p{N}/-])(?<![\p{N}][.])(?:(?<day>[0-9]{1,2})(?<sep>[-/.])(?<month>[0-9]{1,2})\k<sep>(?<year>[0-9]{4}|[0-9]{2})" +
        @"|(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})" +
        @"|(?<day>[0-9]{1,2})[ ]+(?<monthName>(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec))\.?[ ]+(?<year>[0-9]{4}))" +
        @"(?![\p{N}]|[/-][\p{N}])",
        Options)]
    public static partial Regex Date();

    /// <summary>Words that say a date of birth follows: geboren, geb., geboortedatum, DOB.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?i:geboren|geboortedatum|geboortedag|geb\.?[ ]?datum|geb\.?|d\.?o\.?b\.?)(?![\p{L}])", Options)]
    public static partial Regex BirthCue();

    /// <summary>An age as written after a name: "(16)", "(16 jaar)", "9 jaar"; what stands before it is checked in code.</summary>
    [GeneratedRegex(@"\([ \t]*[0-9]{1,2}(?:[ \t]*(?i:jaar|jr\.?))?[ \t]*\)|(?<![0-9])[0-9]{1,2}[ \t]*(?i:jaar|jr)(?![\p{L}])", Options)]
    public static partial Regex Age();

    /// <summary>Where an IBAN may start: a country code and two check digits; the rest and the mod-97 check are read in code.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]{2}[0-9]{2}(?=[ ]?[A-Za-z0-9])", Options)]
    public static partial Regex IbanStart();

    /// <summary>
    /// A number that points to one client's file, after the word that names it: cliëntnummer, clientnr, klantnummer,
    /// dossier(nummer), zaaknummer, beschikkingsnummer, registratienummer; a colon, "is" or "#" may sit between. A bare
    /// "cliënt" or "dossier" is marked, since a product code (45A01) may follow it.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}])(?:(?<bare>(?i:cli[eë]nt|dossier))|(?i:cli[eë]nt(?:nummer|nr|-?id)|klant(?:nummer|nr)|dossier(?:nummer|nr)|zaak(?:nummer|nr)|beschikkings?(?:nummer|nr)|registratie(?:nummer|nr)|indicatie(?:nummer|nr)|toewijzings?(?:nummer|nr)|referentie(?:nummer|nr)))\.?" +
        @"[ \t]*(?:[:#][ \t]*|(?i:is|nummer|nr\.?)[ \t]+)?(?<number>[A-Za-z]{0,4}-?[0-9][A-Za-z0-9./-]{1,29})(?![\p{L}\p{N}])",
        Options)]
    public static partial Regex CaseNumber();

    /// <summary>A licence plate after the word kenteken: six letters and digits, with dashes, spaces or none.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?i:kenteken(?:nummer)?|kentekenplaat)[ \t]*:?[ \t]*(?<plate>[A-Za-z0-9]{1,3}[- ]?[A-Za-z0-9]{1,3}[- ]?[A-Za-z0-9]{1,3})(?![\p{L}\p{N}-])", Options)]
    public static partial Regex PlateAfterCue();

    /// <summary>A dashed licence plate in capitals ("GF-123-H"); the sidecode shape is checked in code.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}(?![\p{L}\p{N}]|-[\p{L}\p{N}])", Options)]
    public static partial Regex DashedPlate();
}
