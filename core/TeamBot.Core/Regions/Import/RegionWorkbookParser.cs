namespace TeamBot.Core.Regions.Import;

/// <summary>Turns the bytes of an import workbook into region data, or into the full list of what is wrong with it.</summary>
public static class RegionWorkbookParser
{
    public static RegionParseResult Parse(string fileName, byte[] content, DateOnly today)
    {
        var problems = new ImportProblemList();
        var sheets = WorkbookReader.Read(fileName, content, problems);
        if (sheets is null) return new RegionParseResult(null, problems.Items);

        var found = FindSheets(fileName, sheets, problems);
        if (found is null) return new RegionParseResult(null, problems.Items);

        var municipalities = MunicipalitySheet.Read(found[WorkbookFormat.MunicipalitiesSheet], problems);
        var providers = ProviderSheet.Read(found[WorkbookFormat.ProvidersSheet], problems);
        var products = ProductSheet.Read(found[WorkbookFormat.ProductsSheet], problems);
        var contracts = new ContractSheet(found[WorkbookFormat.ContractsSheet], municipalities, providers, products, today, problems).Read();
        if (municipalities.Count == 0)
            problems.Add(new ImportProblem(fileName, WorkbookFormat.MunicipalitiesSheet, null, null, "Het blad bevat geen gemeenten."));
        if (problems.Any) return new RegionParseResult(null, problems.Items);
        return new RegionParseResult(new RegionData(municipalities, providers, products, contracts, []), []);
    }

    /// <summary>Every required sheet with every required column, or null with a problem for each that is missing.</summary>
    private static Dictionary<string, SheetTable>? FindSheets(string fileName, IReadOnlyList<SheetTable> sheets, ImportProblemList problems)
    {
        var found = new Dictionary<string, SheetTable>();
        foreach (var (sheetName, required) in WorkbookFormat.RequiredColumns)
        {
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), sheetName, StringComparison.OrdinalIgnoreCase));
            if (sheet is null)
            {
                problems.Add(ImportProblem.InFile(fileName, $"Het blad '{sheetName}' ontbreekt. Verwachte bladen: {string.Join(", ", WorkbookFormat.RequiredColumns.Keys)}."));
                continue;
            }
            foreach (var column in required.Where(c => !sheet.HasColumn(c)))
                problems.Add(new ImportProblem(fileName, sheet.Name, 1, column, $"De verplichte kolom '{column}' ontbreekt in de kopregel."));
            found[sheetName] = sheet;
        }
        return problems.Any ? null : found;
    }
}
