using System.Text.RegularExpressions;
using TeamBot.Core.Questions.Redaction;

namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// Replaces the obvious personal data in the labelled question set with the runtime placeholders, so the model
/// learns from text shaped like the redacted questions it will classify. Deliberately simple: it only has to
/// catch the fictitious data of the question set, not guard real questions (PersonalDataRedactor does that).
/// </summary>
internal static partial class TrainingRedaction
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static string Redact(string text)
    {
        text = Email().Replace(text, Placeholders.For(PersonalDataKind.Email));
        text = Phone().Replace(text, Placeholders.For(PersonalDataKind.Phone));
        text = Bsn().Replace(text, Placeholders.For(PersonalDataKind.Bsn));
        text = BirthDate().Replace(text, Placeholders.For(PersonalDataKind.Date));
        text = Postcode().Replace(text, Placeholders.For(PersonalDataKind.Postcode));
        text = Address().Replace(text, Placeholders.For(PersonalDataKind.Address));
        text = NameAfterTitle().Replace(text, "${title} " + Placeholders.Name);
        text = FullNameBeforeDetails().Replace(text, Placeholders.Name);
        return FirstNameBeforeDetails().Replace(text, Placeholders.Name);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", Options)]
    private static partial Regex Email();

    /// <summary>0 and nine more digits, optionally split by a hyphen or space: 06-12345678, 045-7654321.</summary>
    [GeneratedRegex(@"(?<![\d-])0\d(?:[- ]?\d){8}(?!\d)", Options)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<!\d)\d{9}(?!\d)", Options)]
    private static partial Regex Bsn();

    /// <summary>A full date right after "geboren" or "geb."; other dates are contract dates and stay.</summary>
    [GeneratedRegex(@"(?<=(?i:geboren|geb\.?)[ ]*(op[ ]*)?)\d{1,2}-\d{1,2}-\d{4}(?!\d)", Options)]
    private static partial Regex BirthDate();

    [GeneratedRegex(@"(?<!\w)[1-9]\d{3}[ ]?[A-Z]{2}(?!\w)", Options)]
    private static partial Regex Postcode();

    /// <summary>A street ending in a street word, with a house number: "Kerkstraat 12", "Pastoor Neujeanstraat 4".</summary>
    [GeneratedRegex(
        @"(?<!\w)(\p{Lu}\p{Ll}+[ ])?\p{Lu}\p{Ll}*(straat|laan|weg|plein|singel|gracht|dijk|hof|kade|steeg|pad|baan|markt)" +
        @"[ ]\d{1,4}[a-z]?(?!\w)",
        Options)]
    private static partial Regex Address();

    /// <summary>"mevrouw El Amrani", "dhr. Smits", "familie Bakker": the title stays, the capitalised name goes.</summary>
    [GeneratedRegex(
        @"(?<title>(?i:mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer|familie|gezin))" +
        @"[ ]+((van|de|der|den)[ ]+)*\p{Lu}\p{Ll}[\p{L}'’-]*([ ]+((van|de|der|den)[ ]+)*\p{Lu}\p{Ll}[\p{L}'’-]*)*",
        Options)]
    private static partial Regex NameAfterTitle();

    /// <summary>"Sanne de Vries (geboren", "Emma Janssen, [DATUM]": a first and last name followed by an age, a birth cue or personal data.</summary>
    [GeneratedRegex(
        @"(?<!\w)\p{Lu}\p{Ll}+([ ]+(van|de|den|der|ter|ten))*[ ]+\p{Lu}\p{Ll}+" +
        @"(?=[ ]*(\([ ]*(\d|BSN|\[|geb)|,[ ]*(\d|geb|BSN|tel|\[)))",
        Options)]
    private static partial Regex FullNameBeforeDetails();

    /// <summary>"Lars (14)", "Noah (BSN [BSN])", "Gijs, geb.": a single first name followed by an age or a birth cue.</summary>
    [GeneratedRegex(@"(?<!\w)\p{Lu}\p{Ll}+(?=[ ]*(\([ ]*(\d|BSN|\[|geb)|,[ ]*(geb|\[ADRES\])))", Options)]
    private static partial Regex FirstNameBeforeDetails();
}
