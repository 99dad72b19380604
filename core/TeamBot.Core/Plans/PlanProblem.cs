using System.Globalization;
using System.Text;

namespace TeamBot.Core.Plans;

/// <summary>
/// One thing wrong with a plan data file, located by line, column and field path
/// (for example "kostenverdelingen[0].sleutels[2].gewicht"). <see cref="ToString"/> is the Dutch line a user reads.
/// A warning ("waarschuwing") is reported but does not stop the document.
/// </summary>
public sealed record PlanProblem(string File, int? Line, int? Column, string? Field, string Message)
{
    public bool IsWarning { get; init; }

    public override string ToString()
    {
        var where = new StringBuilder(File);
        if (Line is not null) where.Append(CultureInfo.InvariantCulture, $", regel {Line}");
        if (Column is not null) where.Append(CultureInfo.InvariantCulture, $", kolom {Column}");
        if (!string.IsNullOrEmpty(Field)) where.Append(CultureInfo.InvariantCulture, $" ({Field})");
        return IsWarning ? $"{where}: waarschuwing: {Message}" : $"{where}: {Message}";
    }
}
