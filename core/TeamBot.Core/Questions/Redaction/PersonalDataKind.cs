namespace TeamBot.Core.Questions.Redaction;

/// <summary>The kinds of personal data the redactor replaces, each with its own placeholder.</summary>
public enum PersonalDataKind
{
    Bsn,
    Name,
    Date,
    Phone,
    Email,
    Address,
    Postcode,
    Iban,
    ClientNumber,
    LicencePlate,
}
