using System.Text.RegularExpressions;

namespace TeamBot.Core.Regions.Import;

/// <summary>Reads the Aanbieders sheet; an aanbieder may appear once.</summary>
internal static partial class ProviderSheet
{
    public static List<Provider> Read(SheetTable sheet, ImportProblemList problems)
    {
        var result = new List<Provider>();
        var firstRows = new FirstRows(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Rows.Where(r => !r.IsEmpty))
        {
            var reader = new RowReader(sheet, row, problems);
            var name = reader.RequiredText(WorkbookFormat.Provider);
            var provider = ReadProvider(reader, name);
            if (provider is null) continue;
            if (!firstRows.IsFirst(reader, provider.Name, WorkbookFormat.Provider, $"Aanbieder '{provider.Name}'")) continue;
            result.Add(provider);
        }
        return result;
    }

    private static Provider? ReadProvider(RowReader reader, string? name)
    {
        var kvk = reader.Text(WorkbookFormat.ChamberOfCommerceNumber);
        if (kvk is not null && !ChamberOfCommerceNumber().IsMatch(kvk))
            reader.Problem(WorkbookFormat.ChamberOfCommerceNumber, $"KvK-nummer '{kvk}' moet uit 8 cijfers bestaan.");
        var email = reader.Text(WorkbookFormat.Email);
        if (email is not null && !EmailAddress().IsMatch(email))
            reader.Problem(WorkbookFormat.Email, $"'{email}' is geen geldig e-mailadres.");
        if (name is null) return null;
        return new Provider(
            name, kvk, reader.Text(WorkbookFormat.Website), reader.Text(WorkbookFormat.Phone), email,
            reader.Text(WorkbookFormat.ContactPerson), reader.Text(WorkbookFormat.ContractManager),
            reader.List(WorkbookFormat.Specialisations), reader.List(WorkbookFormat.TargetGroups));
    }

    [GeneratedRegex(@"^\d{8}$")]
    private static partial Regex ChamberOfCommerceNumber();

    [GeneratedRegex(@"^[^@\s;]+@[^@\s;]+\.[^@\s;]+$")]
    private static partial Regex EmailAddress();
}
