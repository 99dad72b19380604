using Scriban.Parsing;

namespace TeamBot.Core.Documents;

/// <summary>Where the last reported render failure was, to tell a failure of the expression around it (a consequence) from a new one.</summary>
internal sealed class RecoveredSpans
{
    private (int Start, int End)? last;

    /// <summary>True when <paramref name="span"/> encloses the last reported one; otherwise it becomes the last.</summary>
    public bool FollowsFromLast(SourceSpan span)
    {
        var current = (Start: span.Start.Offset, End: span.End.Offset);
        if (last is { } previous && current != previous && current.Start <= previous.Start && current.End >= previous.End) return true;
        last = current;
        return false;
    }
}
