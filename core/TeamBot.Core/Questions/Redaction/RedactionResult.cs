namespace TeamBot.Core.Questions.Redaction;

/// <summary>The question with every piece of personal data replaced by its placeholder, and where each stood.</summary>
public sealed record RedactionResult(string Text, IReadOnlyList<RedactedSpan> Spans)
{
    public bool HasPersonalData => Spans.Count > 0;
}
