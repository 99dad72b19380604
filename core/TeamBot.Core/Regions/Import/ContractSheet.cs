namespace TeamBot.Core.Regions.Import;

/// <summary>Reads the Contracten sheet and checks every reference against the other sheets.</summary>
internal sealed class ContractSheet(
    SheetTable sheet,
    IReadOnlyList<Municipality> municipalities,
    IReadOnlyList<Provider> providers,
    IReadOnlyList<Product> products,
    DateOnly today,
    ImportProblemList problems)
{
    private readonly Dictionary<string, Provider> _providers = providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _productCodes = new(products.Select(p => p.Code), StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Municipality> _municipalities = municipalities.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _regions = municipalities.SelectMany(m => m.Regions).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public List<Contract> Read()
    {
        var result = new List<Contract>();
        var firstRows = new FirstRows(StringComparer.Ordinal);
        foreach (var row in sheet.Rows.Where(r => !r.IsEmpty))
        {
            var reader = new RowReader(sheet, row, problems);
            var contract = ReadContract(reader);
            if (contract is null) continue;
            var what = $"Dit contract ({contract.Provider}, {contract.ProductCode})";
            if (!firstRows.IsFirst(reader, contract.Key, WorkbookFormat.ProductCode, what, "voor dezelfde gemeenten en hetzelfde perceel")) continue;
            result.Add(contract);
        }
        return result;
    }

    private Contract? ReadContract(RowReader reader)
    {
        var provider = ReadProvider(reader);
        var productCode = ReadProductCode(reader);
        var region = ReadRegion(reader);
        var (municipalityNames, all) = ReadMunicipalities(reader, region);
        var deliveryModel = ReadDeliveryModel(reader);
        var rate = reader.Decimal(WorkbookFormat.Rate);
        var (start, end, maxEnd) = ReadDates(reader);
        var status = ReadStatus(reader, end);
        if (provider is null || productCode is null || municipalityNames is null) return null;
        return new Contract(
            provider, productCode, region ?? InferRegion(municipalityNames), municipalityNames, all, deliveryModel, rate,
            start, end, maxEnd, reader.Text(WorkbookFormat.Lot), status, reader.Text(WorkbookFormat.Remark));
    }

    private string? ReadProvider(RowReader reader)
    {
        var name = reader.RequiredText(WorkbookFormat.Provider);
        if (name is null) return null;
        if (_providers.TryGetValue(name, out var provider)) return provider.Name;
        reader.Problem(WorkbookFormat.Provider, $"Aanbieder '{name}' staat niet op het blad {WorkbookFormat.ProvidersSheet}.");
        return null;
    }

    private string? ReadProductCode(RowReader reader)
    {
        var code = reader.RequiredText(WorkbookFormat.ProductCode);
        if (code is null) return null;
        if (_productCodes.TryGetValue(code, out var known)) return known;
        reader.Problem(WorkbookFormat.ProductCode, $"Onbekende productcode '{code}': deze staat niet op het blad {WorkbookFormat.ProductsSheet}.");
        return null;
    }

    private string? ReadRegion(RowReader reader)
    {
        var region = reader.Text(WorkbookFormat.Region);
        if (region is null) return null;
        var known = _regions.FirstOrDefault(r => string.Equals(r, region, StringComparison.OrdinalIgnoreCase));
        if (known is null)
            reader.Problem(WorkbookFormat.Region, $"Regio '{region}' komt niet voor in de kolom Regio van het blad {WorkbookFormat.MunicipalitiesSheet}.");
        return known;
    }

    private (IReadOnlyList<string>? Names, bool All) ReadMunicipalities(RowReader reader, string? region)
    {
        var listed = reader.List(WorkbookFormat.Municipalities);
        if (listed.Count == 0)
        {
            if (reader.Text(WorkbookFormat.Municipalities) is null) reader.RequiredText(WorkbookFormat.Municipalities);
            return (null, false);
        }
        if (listed.Count == 1 && string.Equals(listed[0], WorkbookFormat.AllMunicipalities, StringComparison.OrdinalIgnoreCase))
            return (AllOf(reader, region), true);
        return (ResolveListed(reader, listed, region), false);
    }

    private List<string>? AllOf(RowReader reader, string? region)
    {
        if (region is null && _regions.Count > 1)
        {
            reader.Problem(WorkbookFormat.Municipalities, $"'Alle' is niet eenduidig: de werkmap bevat meerdere regio's ({string.Join(", ", _regions)}). Vul de kolom Regio in.");
            return null;
        }
        return municipalities.Where(m => region is null || m.BelongsTo(region)).Select(m => m.Name).ToList();
    }

    private List<string>? ResolveListed(RowReader reader, IReadOnlyList<string> listed, string? region)
    {
        var names = new List<string>();
        var ok = true;
        foreach (var name in listed)
        {
            if (!_municipalities.TryGetValue(name, out var municipality))
            {
                reader.Problem(WorkbookFormat.Municipalities, $"Gemeente '{name}' staat niet op het blad {WorkbookFormat.MunicipalitiesSheet}.");
                ok = false;
            }
            else if (region is not null && !municipality.BelongsTo(region))
            {
                reader.Problem(WorkbookFormat.Municipalities, $"Gemeente '{municipality.Name}' hoort niet bij regio '{region}'.");
                ok = false;
            }
            else if (!names.Contains(municipality.Name)) names.Add(municipality.Name);
        }
        return ok ? names : null;
    }

    private string? InferRegion(IReadOnlyList<string> names)
    {
        var candidates = _regions.Where(r => names.All(n => _municipalities[n].BelongsTo(r))).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static DeliveryModel? ReadDeliveryModel(RowReader reader)
    {
        var text = reader.Text(WorkbookFormat.DeliveryModel);
        if (text is null) return null;
        var model = DeliveryModelNames.Parse(text);
        if (model is null)
            reader.Problem(WorkbookFormat.DeliveryModel, $"Onbekende uitvoeringsvariant '{text}'; kies taakgericht, outputgericht of inspanningsgericht.");
        return model;
    }

    private static (DateOnly? Start, DateOnly? End, DateOnly? MaxEnd) ReadDates(RowReader reader)
    {
        var start = reader.Date(WorkbookFormat.StartDate);
        var end = reader.Date(WorkbookFormat.EndDate);
        var maxEnd = reader.Date(WorkbookFormat.MaxEndDate);
        if (start is not null && end is not null && end < start)
            reader.Problem(WorkbookFormat.EndDate, $"Einddatum {end:dd-MM-yyyy} ligt vóór de ingangsdatum {start:dd-MM-yyyy}.");
        if (maxEnd is not null && end is not null && maxEnd < end)
            reader.Problem(WorkbookFormat.MaxEndDate, $"Max. einddatum {maxEnd:dd-MM-yyyy} ligt vóór de einddatum {end:dd-MM-yyyy}.");
        else if (maxEnd is not null && start is not null && maxEnd < start)
            reader.Problem(WorkbookFormat.MaxEndDate, $"Max. einddatum {maxEnd:dd-MM-yyyy} ligt vóór de ingangsdatum {start:dd-MM-yyyy}.");
        return (start, end, maxEnd);
    }

    private ContractStatus ReadStatus(RowReader reader, DateOnly? end)
    {
        var text = reader.Text(WorkbookFormat.Status);
        if (text is null) return end is not null && end < today ? ContractStatus.Ended : ContractStatus.Active;
        var status = ContractStatusNames.Parse(text);
        if (status is null)
            reader.Problem(WorkbookFormat.Status, $"Onbekende status '{text}'; kies actief, beëindigd of gepland.");
        return status ?? ContractStatus.Active;
    }
}
