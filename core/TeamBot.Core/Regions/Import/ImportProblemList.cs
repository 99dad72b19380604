using TeamBot.Core.Formatting;

namespace TeamBot.Core.Regions.Import;

/// <summary>
/// Collects every problem of one import, so the user sees them all at once; past <see cref="MaxShown"/> only counts
/// them, since nobody reads millions of lines and building them cost minutes.
/// </summary>
public sealed class ImportProblemList
{
    private readonly List<ImportProblem> _problems = [];
    private int _notShown;

    public int MaxShown { get; init; } = WorkbookLimits.Default.MaxProblemsShown;

    /// <summary>The first problems, then one line that says how many more there are.</summary>
    public IReadOnlyList<ImportProblem> Items => _notShown == 0
        ? _problems
        : [.. _problems, ImportProblem.InFile(_problems[^1].File,
            $"En nog {DutchFormat.Count(_notShown, "probleem", "problemen")} {DutchFormat.Noun(_notShown, "dat", "die")} hier niet {DutchFormat.Noun(_notShown, "staat", "staan")}; " +
            $"los eerst {DutchFormat.Noun(_problems.Count, "dat ene", $"deze {_problems.Count}")} op en importeer opnieuw.")];

    public int Count => _problems.Count + _notShown;

    public bool Any => Count > 0;

    public void Add(ImportProblem problem)
    {
        if (_problems.Count < MaxShown) _problems.Add(problem);
        else _notShown++;
    }

    public void AddRange(IEnumerable<ImportProblem> problems)
    {
        foreach (var problem in problems) Add(problem);
    }
}
