namespace TeamBot.Core.Documents;

/// <summary>
/// Bounds the formatting marks of one render: each becomes XML elements, so a loop over a heavily formatted value
/// could otherwise build far more than the output limit counted.
/// </summary>
internal sealed class RichBudget(int limit)
{
    private int spent;

    public bool Exhausted => spent > limit;

    public void Spend() => spent++;
}
