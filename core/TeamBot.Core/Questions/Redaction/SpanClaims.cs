namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// Which characters of the text the detectors have taken. Detectors run from most to least certain, and a
/// later one cannot take characters an earlier one claimed, so spans never overlap. Reserved characters
/// (links, date candidates) are kept away from name detection only.
/// </summary>
internal sealed class SpanClaims
{
    private const byte Free = 0;
    private const byte Reserved = 1;
    private const byte Claimed = 2;

    private readonly byte[] marks;
    private readonly List<RedactedSpan> spans = [];

    public SpanClaims(int length) => marks = new byte[length];

    public bool TryClaim(PersonalDataKind kind, int start, int length)
    {
        if (!IsInside(start, length) || marks.AsSpan(start, length).Contains(Claimed)) return false;
        marks.AsSpan(start, length).Fill(Claimed);
        spans.Add(new RedactedSpan(kind, start, length));
        return true;
    }

    public void Reserve(int start, int length)
    {
        if (IsInside(start, length)) marks.AsSpan(start, length).Replace(Free, Reserved);
    }

    public bool IsFree(int start, int length) =>
        IsInside(start, length) && !marks.AsSpan(start, length).ContainsAnyExcept(Free);

    public bool Contains(PersonalDataKind kind) => spans.Exists(s => s.Kind == kind);

    public IReadOnlyList<RedactedSpan> InTextOrder() => spans.OrderBy(s => s.Start).ToList();

    private bool IsInside(int start, int length) => start >= 0 && length > 0 && start + length <= marks.Length;
}
