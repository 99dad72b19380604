using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamBot.Core.Plans;

/// <summary>Collects every problem of one plan file, so the user sees them all at once, in file order.</summary>
internal sealed class PlanProblems(string fileName)
{
    private readonly List<PlanProblem> _items = [];

    public string FileName { get; } = fileName;

    public bool Any => _items.Count > 0;

    public IReadOnlyList<PlanProblem> Items =>
        _items.OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0).ToList();

    public void Add(Mark at, string field, string message) =>
        _items.Add(new PlanProblem(FileName, (int)at.Line, (int)at.Column, field, message));

    public void Add(YamlNode at, string field, string message) => Add(at.Start, field, message);

    public void AddForFile(string message) => _items.Add(new PlanProblem(FileName, null, null, null, message));
}
