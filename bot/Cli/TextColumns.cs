using System.Text;

namespace TeamBot.Bot.Cli;

/// <summary>Rows as aligned text columns: the first (a name) left-aligned, the others (numbers) right-aligned, two spaces apart.</summary>
internal static class TextColumns
{
    /// <summary>The widest cell of each column.</summary>
    public static int[] Widths(IReadOnlyList<string[]> rows) =>
        rows.Count == 0 ? [] : Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();

    /// <param name="widths">Column widths shared with other blocks of rows; by default the widths of these rows.</param>
    public static void Append(StringBuilder text, IReadOnlyList<string[]> rows, int[]? widths = null, string indent = "")
    {
        widths ??= Widths(rows);
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            text.AppendLine((indent + string.Join("  ", cells)).TrimEnd());
        }
    }
}
