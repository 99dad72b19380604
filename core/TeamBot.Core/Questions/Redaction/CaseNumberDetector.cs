using System.Text.RegularExpressions;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// Finds the numbers that point to one client's file: a cliëntnummer, dossiernummer, zaaknummer or beschikkingsnummer
/// right after the word that names it ("cliëntnummer: 20231187", "dossier 2025/00871"). Only the number goes; the word
/// stays, so the question still reads. Licence plates (kentekens) go too: after "kenteken", or in the dashed forms
/// Dutch plates take ("12-ABC-3", "GF-123-H").
/// </summary>
internal static class CaseNumberDetector
{
    public static void Find(string text, SpanClaims claims)
    {
        foreach (Match found in RedactionPatterns.CaseNumber().Matches(text))
        {
            var number = found.Groups["number"];
            // After a bare "cliënt" or "dossier" a product code (four digits) may follow; a file number is longer.
            var minimumDigits = found.Groups["bare"].Success ? 5 : 3;
            if (number.Value.Count(char.IsAsciiDigit) >= minimumDigits)
                claims.TryClaim(PersonalDataKind.ClientNumber, number.Index, TrimEnd(number.Value));
        }

        foreach (Match found in RedactionPatterns.PlateAfterCue().Matches(text))
        {
            var plate = found.Groups["plate"];
            if (IsPlate(plate.Value.Replace(" ", "-", StringComparison.Ordinal), requireDashes: false))
                claims.TryClaim(PersonalDataKind.LicencePlate, plate.Index, plate.Length);
        }

        foreach (var match in RedactionPatterns.DashedPlate().EnumerateMatches(text))
            if (IsPlate(text.Substring(match.Index, match.Length), requireDashes: true))
                claims.TryClaim(PersonalDataKind.LicencePlate, match.Index, match.Length);
    }

    /// <summary>A sentence's closing period or a trailing separator is not part of the number.</summary>
    private static int TrimEnd(string number) => number.TrimEnd('.', '-', '/').Length;

    /// <summary>
    /// Six letters and digits in three groups, each all letters or all digits, letters and digits alternating as in
    /// every Dutch sidecode ("99-XX-99", "XX-999-X", "9-XXX-99"): a date has no letter group and a product code no dashes.
    /// </summary>
    private static bool IsPlate(string candidate, bool requireDashes)
    {
        var groups = candidate.Split('-');
        if (groups.Length == 1 && !requireDashes) return candidate.Length == 6 && candidate.Any(char.IsAsciiLetter) && candidate.Any(char.IsAsciiDigit);
        if (groups.Length != 3 || groups.Sum(g => g.Length) != 6 || groups.Any(g => g.Length == 0)) return false;
        var kinds = groups.Select(g => g.All(char.IsAsciiLetter) ? 'L' : g.All(char.IsAsciiDigit) ? 'D' : '?').ToArray();
        return !kinds.Contains('?') && kinds.Contains('L') && kinds.Contains('D');
    }
}
