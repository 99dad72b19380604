namespace TeamBot.Core.Search;

/// <summary>The sentences quoted from a section, with their stems and whether they make the statement and name the subject asked.</summary>
internal sealed record Passage(string Text, IReadOnlySet<string> Stems, bool HasExpectedStatement, bool IsAboutSubject)
{
    public static Passage Empty { get; } = new("", new HashSet<string>(), false, false);
}
