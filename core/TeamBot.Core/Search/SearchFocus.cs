namespace TeamBot.Core.Search;

/// <summary>An <see cref="AnswerFocus"/> analyzed: each subject as the stems of each of its names (a code is one stem).</summary>
/// <param name="Hints">Stems the documents use around the statement asked ("looptijd", "termijn"), which favour a section or sentence.</param>
internal sealed record SearchFocus(ExpectedAnswer Expected, IReadOnlyList<IReadOnlyList<IReadOnlySet<string>>> Subjects, IReadOnlySet<string> Hints)
{
    public static SearchFocus None { get; } = new(ExpectedAnswer.Any, [], new HashSet<string>());

    public bool HasHint(IReadOnlySet<string> stems) => Hints.Overlaps(stems);

    /// <summary>True when there is no subject, or the stems hold all words of one of its names (a code is one word).</summary>
    public bool IsAbout(IReadOnlySet<string> stems) => Subjects.Count == 0 || SubjectsNamed(stems) > 0;

    /// <summary>How many of the subjects the stems name, each by all words of one of its names.</summary>
    public int SubjectsNamed(IReadOnlySet<string> stems) => Subjects.Count(names => names.Any(name => name.All(stems.Contains)));

    /// <summary>
    /// The stems with every name of each subject they name: a section that names pleegzorg by its code "44A01" covers
    /// the question's "pleegzorg" too.
    /// </summary>
    public IReadOnlySet<string> WithSubjectNames(IReadOnlySet<string> stems)
    {
        if (Subjects.Count == 0) return stems;
        var named = Subjects.Where(names => names.Any(name => name.All(stems.Contains))).ToList();
        if (named.Count == 0) return stems;
        var widened = new HashSet<string>(stems, StringComparer.Ordinal);
        foreach (var names in named)
            foreach (var name in names) widened.UnionWith(name);
        return widened;
    }

    /// <summary>The share of the subjects named: a combination rule must name both products.</summary>
    public double ShareOfSubjectsNamed(IReadOnlySet<string> stems) => Subjects.Count == 0 ? 1 : (double)SubjectsNamed(stems) / Subjects.Count;
}
