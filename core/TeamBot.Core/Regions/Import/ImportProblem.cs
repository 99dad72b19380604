using System.Globalization;
using System.Text;

namespace TeamBot.Core.Regions.Import;

/// <summary>
/// One thing wrong with the input, located as precisely as the input allows.
/// <see cref="ToString"/> is the Dutch line a user reads.
/// </summary>
public sealed record ImportProblem(string File, string? Sheet, int? Row, string? Column, string Message)
{
    public static ImportProblem InFile(string file, string message) => new(file, null, null, null, message);

    public override string ToString()
    {
        var where = new StringBuilder(File);
        if (Sheet is not null) where.Append(CultureInfo.InvariantCulture, $", blad '{Sheet}'");
        if (Row is not null) where.Append(CultureInfo.InvariantCulture, $", rij {Row}");
        if (Column is not null) where.Append(CultureInfo.InvariantCulture, $", kolom {Column}");
        return $"{where}: {Message}";
    }
}
