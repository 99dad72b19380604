using TeamBot.Core.Formatting;

namespace TeamBot.Core.Documents;

/// <summary>
/// Every problem of one render, each once and in the order found, up to <see cref="Limit"/>: a row loop over 2.000
/// acties with a bad value in each would otherwise bury the other problems. The rest is counted in a closing line.
/// </summary>
internal sealed class TemplateProblemList
{
    public const int Limit = 100;

    private readonly List<TemplateProblem> kept = [];
    private readonly HashSet<TemplateProblem> seen = [];
    private int leftOut;

    public int Count => kept.Count + leftOut;

    public void Add(TemplateProblem problem)
    {
        if (!seen.Add(problem)) return;
        if (kept.Count < Limit) kept.Add(problem);
        else leftOut++;
    }

    /// <summary>The problems kept, and a line saying how many more were left out.</summary>
    public IReadOnlyList<TemplateProblem> ToList(string templateName) => leftOut == 0
        ? kept.ToList()
        : [.. kept, new TemplateProblem("", "bestand", templateName, null,
            $"Nog {DutchFormat.Count(leftOut, "probleem", "problemen")} weggelaten: alleen de eerste {Limit} staan hierboven. Los die eerst op.")];
}
