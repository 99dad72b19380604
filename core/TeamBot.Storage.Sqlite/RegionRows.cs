using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Storage.Sqlite;

/// <summary>Maps the region model to table rows and back; lists go in JSON columns, money and dates in invariant text.</summary>
internal static class RegionRows
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static object MunicipalityRow(Municipality m, int position) => new
    {
        Position = position,
        m.Name,
        Regions = ToJson(m.Regions),
        AccessTeam = m.AccessTeam,
        Figures = ToJson(m.Figures.ToDictionary(f => f.Key, f => f.Value.ToString(CultureInfo.InvariantCulture))),
    };

    public static Municipality Municipality(dynamic row) => new(
        (string)row.name, FromJson<List<string>>((string)row.regions), (string?)row.access_team,
        FromJson<Dictionary<string, string>>((string)row.figures)
            .ToDictionary(f => f.Key, f => decimal.Parse(f.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase));

    public static object ProviderRow(Provider p, int position) => new
    {
        Position = position,
        p.Name,
        p.ChamberOfCommerceNumber,
        p.Website,
        p.Phone,
        p.Email,
        p.ContactPerson,
        p.ContractManager,
        Specialisations = ToJson(p.Specialisations),
        TargetGroups = ToJson(p.TargetGroups),
    };

    public static Provider Provider(dynamic row) => new(
        (string)row.name, (string?)row.chamber_of_commerce_number, (string?)row.website, (string?)row.phone, (string?)row.email,
        (string?)row.contact_person, (string?)row.contract_manager,
        FromJson<List<string>>((string)row.specialisations), FromJson<List<string>>((string)row.target_groups));

    public static object ProductRow(Product p, int position) => new
    {
        Position = position,
        p.Code,
        p.Name,
        p.Law,
        p.Category,
        p.Segment,
        p.Unit,
        p.Description,
    };

    public static Product Product(dynamic row) => new(
        (string)row.code, (string)row.name, (string?)row.law, (string?)row.category, (string?)row.segment,
        (string?)row.unit, (string?)row.description);

    public static object ContractRow(Contract c, int position) => new
    {
        Position = position,
        c.Provider,
        c.ProductCode,
        c.Region,
        Municipalities = ToJson(c.Municipalities),
        AllMunicipalities = c.AllMunicipalities ? 1 : 0,
        DeliveryModel = c.DeliveryModel?.ToString(),
        Rate = c.Rate?.ToString(CultureInfo.InvariantCulture),
        StartDate = Date(c.StartDate),
        EndDate = Date(c.EndDate),
        MaxEndDate = Date(c.MaxEndDate),
        c.Lot,
        Status = c.Status.ToString(),
        c.Remark,
    };

    public static Contract Contract(dynamic row) => new(
        (string)row.provider, (string)row.product_code, (string?)row.region,
        FromJson<List<string>>((string)row.municipalities), (long)row.all_municipalities == 1,
        row.delivery_model is string model ? Enum.Parse<DeliveryModel>(model) : null,
        row.rate is string rate ? decimal.Parse(rate, CultureInfo.InvariantCulture) : null,
        Date((string?)row.start_date), Date((string?)row.end_date), Date((string?)row.max_end_date),
        (string?)row.lot, Enum.Parse<ContractStatus>((string)row.status), (string?)row.remark);

    public static object DocumentRow(ContractDocument d, int position) => new { Position = position, d.Title, d.FileName, d.Sha256 };

    public static object SectionRow(DocumentSection s, int documentPosition) => new
    {
        DocumentPosition = documentPosition,
        SectionIndex = s.Index,
        s.Heading,
        s.Level,
        s.Path,
        s.Text,
    };

    public static DocumentSection Section(dynamic row) => new(
        (int)(long)row.section_index, (string)row.heading, (int)(long)row.level, (string)row.path, (string)row.text);

    public static object ImportRecordRow(ImportRecord r) => new
    {
        ImportedAt = SqliteTimestamp.Format(r.ImportedAt),
        r.FileName,
        r.Sha256,
        Counts = ToJson(r.Counts),
        Changes = ToJson(r.Changes),
    };

    public static ImportRecord ImportRecord(dynamic row) => new(
        (long)row.id, SqliteTimestamp.Parse((string)row.imported_at),
        (string)row.file_name, (string)row.sha256,
        FromJson<RegionCounts>((string)row.counts), FromJson<List<ContractChange>>((string)row.changes));

    private static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static T FromJson<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
