using System.Text;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>The Dutch placeholder text per kind, and the rewrite of a text with its claimed spans.</summary>
internal static class Placeholders
{
    public static string For(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Bsn => "[BSN]",
        PersonalDataKind.Name => "[NAAM]",
        PersonalDataKind.Date => "[DATUM]",
        PersonalDataKind.Phone => "[TELEFOON]",
        PersonalDataKind.Email => "[EMAIL]",
        PersonalDataKind.Address => "[ADRES]",
        PersonalDataKind.Postcode => "[POSTCODE]",
        _ => "[PERSOONSGEGEVEN]",
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
