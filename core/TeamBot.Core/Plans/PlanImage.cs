namespace TeamBot.Core.Plans;

/// <summary>
/// An image block of running text as the plan names it: <see cref="Path"/> relative to the plan's folder (checked to
/// stay inside it), the share of the text width it takes, an optional caption, and the field where it was written.
/// </summary>
public sealed record PlanImage(string Path, int WidthPercent, string? Caption, string Field)
{
    public static readonly IReadOnlyList<string> Extensions = [".png", ".jpg", ".jpeg"];

    /// <summary>Why <paramref name="path"/> cannot name an image beside the plan, or null when it can.</summary>
    public static string? PathProblem(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (System.IO.Path.IsPathRooted(path) || normalized.StartsWith('/') || normalized.Contains(':'))
            return $"'{path}' is een volledig pad; geef het pad vanaf de map van het plan, bijvoorbeeld afbeeldingen/schema.png.";
        if (normalized.Split('/').Any(segment => segment is ".." or "." or ""))
            return $"'{path}' gaat buiten de map van het plan of bevat een lege of '.'-stap; geef het pad binnen de map van het plan.";
        if (!Extensions.Contains(System.IO.Path.GetExtension(normalized).ToLowerInvariant()))
            return $"'{path}' is geen .png, .jpg of .jpeg; alleen die afbeeldingen kunnen in een document.";
        return null;
    }
}
