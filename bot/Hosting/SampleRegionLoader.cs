using Microsoft.Extensions.Options;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Bot.Hosting;

/// <summary>Builds the shipped sample workbook from its text sheets and imports it through the normal import path.</summary>
public sealed class SampleRegionLoader(RegionImportService importService, IOptions<SampleDataOptions> options)
{
    public const string SampleFileName = "voorbeeldregio.xlsx";

    public async Task<ImportRecord> LoadAsync(CancellationToken cancellationToken = default)
    {
        var folder = options.Value.Folder;
        var workbook = SampleWorkbook.Build(folder);
        var documents = Path.Combine(folder, RegionImportService.DefaultDocumentsFolderName);
        var outcome = await importService.ImportAsync(SampleFileName, workbook, Directory.Exists(documents) ? documents : null, cancellationToken);
        return outcome.Record
            ?? throw new InvalidOperationException("The shipped sample region does not import: " + string.Join(Environment.NewLine, outcome.Problems));
    }

    public byte[] BuildWorkbook() => SampleWorkbook.Build(options.Value.Folder);
}
