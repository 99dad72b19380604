namespace TeamBot.Core.Plans;

/// <summary>
/// Where each field of a loaded plan stood in its file, so problems found later (cost allocation against the
/// region) still point at a line and column.
/// </summary>
public sealed class PlanSource
{
    private readonly IReadOnlyDictionary<string, (int Line, int Column)> _positions;

    internal PlanSource(string fileName, IReadOnlyDictionary<string, (int Line, int Column)> positions)
    {
        FileName = fileName;
        _positions = positions;
    }

    public string FileName { get; }

    /// <summary>For a plan built in code: problems name the file and field only.</summary>
    public static PlanSource Unlocated(string fileName) => new(fileName, new Dictionary<string, (int, int)>());

    /// <summary>A problem at <paramref name="field"/>, or at its nearest enclosing field that has a position.</summary>
    public PlanProblem Problem(string field, string message)
    {
        for (var path = field; path.Length > 0; path = Parent(path))
            if (_positions.TryGetValue(path, out var at))
                return new PlanProblem(FileName, at.Line, at.Column, field, message);
        return new PlanProblem(FileName, null, null, field, message);
    }

    /// <summary>A located warning: reported with the document, which is still made.</summary>
    public PlanProblem Warning(string field, string message) => Problem(field, message) with { IsWarning = true };

    internal static string Parent(string path)
    {
        var cut = path.EndsWith(']') ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut <= 0 ? "" : path[..cut];
    }
}
