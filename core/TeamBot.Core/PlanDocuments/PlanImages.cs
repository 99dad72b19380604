using TeamBot.Core.Documents;
using TeamBot.Core.Plans;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// Reads the images a plan's running text names, from the plan's own folder only (the reader already refused absolute
/// paths and '..'; links that lead outside are refused here). Plan text sent without a file (the HTTP API) reads them
/// only from the configured images folder, and without one an image is a problem rather than a file read on the server.
/// </summary>
internal static class PlanImages
{
    public static IReadOnlyDictionary<string, DocumentImage> Load(ExecutionPlan plan, string? planFolder, List<string> problems)
    {
        var images = new Dictionary<string, DocumentImage>(StringComparer.Ordinal);
        foreach (var image in Named(plan))
        {
            if (images.ContainsKey(image.Path)) continue;
            if (Read(image, planFolder, out var problem) is { } read) images[image.Path] = read;
            else problems.Add(plan.Source.Problem(image.Field, problem!).ToString());
        }
        return images;
    }

    private static DocumentImage? Read(PlanImage image, string? planFolder, out string? problem)
    {
        if (planFolder is null)
        {
            problem = $"De afbeelding '{image.Path}' kan alleen bij een planbestand op deze computer worden gelezen (teambot plan render --plan ...), of via de API uit de map die Documents:PlanImagesPath instelt; die is hier niet ingesteld.";
            return null;
        }
        var folder = Path.GetFullPath(planFolder);
        var full = Path.GetFullPath(Path.Combine(folder, image.Path));
        var file = new FileInfo(full);
        if (!full.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !file.Exists)
        {
            problem = $"De afbeelding '{image.Path}' bestaat niet in de map van het plan ({folder}).";
            return null;
        }
        if (file.LinkTarget is not null || file.Length > DocumentImage.MaxBytes)
        {
            problem = file.LinkTarget is not null
                ? $"'{image.Path}' is een snelkoppeling; zet de afbeelding zelf in de map van het plan."
                : $"De afbeelding '{image.Path}' is {file.Length / (1024.0 * 1024.0):0.#} MB; het maximum is {DocumentImage.MaxBytes / (1024 * 1024)} MB.";
            return null;
        }
        var read = DocumentImage.Read(File.ReadAllBytes(full), Path.GetFileName(full), image.WidthPercent, image.Caption, out var unreadable);
        problem = unreadable is null ? null : $"'{image.Path}': {unreadable}";
        return read;
    }

    private static IEnumerable<PlanImage> Named(ExecutionPlan plan) => Blocks(plan).Select(block => block.Image).OfType<PlanImage>();

    private static IEnumerable<TextBlock> Blocks(ExecutionPlan plan)
    {
        IEnumerable<IReadOnlyList<TextBlock>> texts =
        [
            plan.Introduction, plan.Layout,
            .. plan.Priorities is { } p ? new[] { p.Introduction, p.Elaboration } : [],
            .. (plan.General is null ? plan.MainProcesses : plan.MainProcesses.Prepend(plan.General)).Select(process => process.Introduction),
            .. plan.Staffing is { } s ? new[] { s.Introduction, s.Explanation } : [],
            .. plan.CostAllocations.Select(allocation => allocation.Explanation),
        ];
        return texts.SelectMany(blocks => blocks);
    }
}
