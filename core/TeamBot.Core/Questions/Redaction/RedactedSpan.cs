namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// Where personal data stood in the original text. Only kind and position are kept, never the value,
/// so a span can be logged or stored without leaking what it replaced.
/// </summary>
public sealed record RedactedSpan(PersonalDataKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}
