using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Storage.Postgres;

/// <summary>Maps the region model to table rows and back: lists in jsonb, money in numeric, dates in date.</summary>
internal static class RegionRows
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static object MunicipalityRow(Municipality m, int position) => new
    {
        Position = position,
        m.Name,
        Regions = ToJson(m.Regions),
        m.AccessTeam,
        Figures = ToJson(m.Figures.ToDictionary(f => f.Key, f => f.Value.ToString(CultureInfo.InvariantCulture))),
    };

    public static Municipality Municipality(StoredRow row) => new(
        row.Text("name"), FromJson<List<string>>(row.Text("regions")), row.OptionalText("access_team"),
        FromJson<Dictionary<string, string>>(row.Text("figures"))
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

    public static Provider Provider(StoredRow row) => new(
        row.Text("name"), row.OptionalText("chamber_of_commerce_number"), row.OptionalText("website"), row.OptionalText("phone"), row.OptionalText("email"),
        row.OptionalText("contact_person"), row.OptionalText("contract_manager"),
        FromJson<List<string>>(row.Text("specialisations")), FromJson<List<string>>(row.Text("target_groups")));

    public static object ProductRow(Product p, int position) => new { Position = position, p.Code, p.Name, p.Law, p.Category, p.Segment, p.Unit, p.Description };

    public static Product Product(StoredRow row) => new(
        row.Text("code"), row.Text("name"), row.OptionalText("law"), row.OptionalText("category"), row.OptionalText("segment"),
        row.OptionalText("unit"), row.OptionalText("description"));

    public static object ContractRow(Contract c, int position) => new
    {
        Position = position,
        c.Provider,
        c.ProductCode,
        c.Region,
        Municipalities = ToJson(c.Municipalities),
        c.AllMunicipalities,
        DeliveryModel = c.DeliveryModel?.ToString(),
        c.Rate,
        c.StartDate,
        c.EndDate,
        c.MaxEndDate,
        c.Lot,
        Status = c.Status.ToString(),
        c.Remark,
    };

    public static Contract Contract(StoredRow row) => new(
        row.Text("provider"), row.Text("product_code"), row.OptionalText("region"),
        FromJson<List<string>>(row.Text("municipalities")), row.Flag("all_municipalities"),
        row.OptionalText("delivery_model") is { } model ? Enum.Parse<DeliveryModel>(model) : null,
        row.OptionalDecimal("rate"),
        row.OptionalDate("start_date"), row.OptionalDate("end_date"), row.OptionalDate("max_end_date"),
        row.OptionalText("lot"), Enum.Parse<ContractStatus>(row.Text("status")), row.OptionalText("remark"));

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

    public static DocumentSection Section(StoredRow row) => new(
        (int)row.Integer("section_index"), row.Text("heading"), (int)row.Integer("level"), row.Text("path"), row.Text("text"));

    public static object ImportRecordRow(ImportRecord r) => new
    {
        ImportedAt = PostgresTimestamp.Utc(r.ImportedAt),
        r.FileName,
        r.Sha256,
        Counts = ToJson(r.Counts),
        Changes = ToJson(r.Changes),
    };

    public static ImportRecord ImportRecord(StoredRow row) => new(
        row.Integer("id"), row.Moment("imported_at"), row.Text("file_name"), row.Text("sha256"),
        FromJson<RegionCounts>(row.Text("counts")), FromJson<List<ContractChange>>(row.Text("changes")));

    private static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static T FromJson<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;
}
