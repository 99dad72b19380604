namespace TeamBot.Core.Regions.Import;

/// <summary>The sheet and column names of the import workbook (DESIGN.md, "Region data: the import workbook").</summary>
public static class WorkbookFormat
{
    public const string MunicipalitiesSheet = "Gemeenten";
    public const string ProvidersSheet = "Aanbieders";
    public const string ProductsSheet = "Producten";
    public const string ContractsSheet = "Contracten";

    public const string Municipality = "Gemeente";
    public const string Region = "Regio";
    public const string AccessTeam = "Toegang";
    public static readonly string[] MunicipalityFigures =
        [Regions.Municipality.InhabitantsColumn, Regions.Municipality.YouthUnder20Column,
         Regions.Municipality.AllocationsColumn, Regions.Municipality.DeclarationsColumn];

    public const string Provider = "Aanbieder";
    public const string ChamberOfCommerceNumber = "KvK-nummer";
    public const string Website = "Website";
    public const string Phone = "Telefoon";
    public const string Email = "E-mail";
    public const string ContactPerson = "Contactpersoon";
    public const string ContractManager = "Contractmanager";
    public const string Specialisations = "Specialisaties";
    public const string TargetGroups = "Doelgroepen";

    public const string ProductCode = "Productcode";
    public const string Product = "Product";
    public const string Law = "Wet";
    public const string Category = "Categorie";
    public const string Segment = "Segment";
    public const string Unit = "Eenheid";
    public const string Description = "Omschrijving";

    public const string Municipalities = "Gemeenten";
    public const string AllMunicipalities = "Alle";
    public const string DeliveryModel = "Uitvoeringsvariant";
    public const string Rate = "Tarief";
    public const string StartDate = "Ingangsdatum";
    public const string EndDate = "Einddatum";
    public const string MaxEndDate = "Max. einddatum";
    public const string Lot = "Perceel";
    public const string Status = "Status";
    public const string Remark = "Opmerking";

    internal static readonly IReadOnlyDictionary<string, string[]> RequiredColumns = new Dictionary<string, string[]>
    {
        [MunicipalitiesSheet] = [Municipality, Region],
        [ProvidersSheet] = [Provider],
        [ProductsSheet] = [ProductCode, Product],
        [ContractsSheet] = [Provider, ProductCode, Municipalities],
    };
}
