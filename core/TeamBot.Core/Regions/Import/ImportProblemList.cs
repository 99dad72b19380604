namespace TeamBot.Core.Regions.Import;

/// <summary>Collects every problem of one import, so the user sees them all at once.</summary>
public sealed class ImportProblemList
{
    private readonly List<ImportProblem> _problems = [];

    public IReadOnlyList<ImportProblem> Items => _problems;

    public bool Any => _problems.Count > 0;

    public void Add(ImportProblem problem) => _problems.Add(problem);

    public void AddRange(IEnumerable<ImportProblem> problems) => _problems.AddRange(problems);
}
