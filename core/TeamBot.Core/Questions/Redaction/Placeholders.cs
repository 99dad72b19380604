using System.Text;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>The one list of Dutch placeholders per kind, and the rewrite of a text with its claimed spans.</summary>
internal static class Placeholders
{
    /// <summary>For personal data of no known kind.</summary>
    public const string Other = "[PERSOONSGEGEVEN]";

    public static readonly string Name = For(PersonalDataKind.Name);

    /// <summary>Every placeholder the redactor writes.</summary>
    public static readonly IReadOnlySet<string> All = Enum.GetValues<PersonalDataKind>().Select(For).Append(Other).ToHashSet(StringComparer.Ordinal);

    public static string For(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Bsn => "[BSN]",
        PersonalDataKind.Name => "[NAAM]",
        PersonalDataKind.Date => "[DATUM]",
        PersonalDataKind.Phone => "[TELEFOON]",
        PersonalDataKind.Email => "[EMAIL]",
        PersonalDataKind.Address => "[ADRES]",
        PersonalDataKind.Postcode => "[POSTCODE]",
        PersonalDataKind.Iban => "[IBAN]",
        PersonalDataKind.ClientNumber => "[CLIENTNUMMER]",
        PersonalDataKind.LicencePlate => "[KENTEKEN]",
        _ => Other,
    };

    /// <summary>Replaces each span (ordered, not overlapping) of <paramref name="text"/> by its placeholder.</summary>
    public static string Apply(string text, IReadOnlyList<RedactedSpan> ordered)
    {
        if (ordered.Count == 0) return text;
        var builder = new StringBuilder(text.Length + ordered.Count * 8);
        var position = 0;
        foreach (var span in ordered)
        {
            builder.Append(text, position, span.Start - position).Append(For(span.Kind));
            position = span.End;
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }
}
