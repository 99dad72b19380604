using MiniExcelLibs;

namespace TeamBot.Tests.Support;

/// <summary>A small, valid import workbook built in code, which a test can spoil one cell at a time.</summary>
public sealed class TestWorkbook
{
    private readonly Dictionary<string, List<Dictionary<string, object?>>> _sheets = new();

    public static TestWorkbook Valid()
    {
        var workbook = new TestWorkbook();
        workbook.Sheet("Gemeenten",
            ["Gemeente", "Regio", "Inwoners", "Jongeren <20", "Toekenningen", "Declaraties", "Toegang", "Objectief budget"],
            ["Beek", "Zuid-Limburg", 15_600d, 2_900d, 2.54, 2.41, "Toegang Jeugd Beek", 1.9],
            ["Maastricht", "Zuid-Limburg;Maastricht-Heuvelland", 121_000d, 21_500d, 19.2, 20.1, "Sociaal Team Maastricht", 22.4],
            ["Vaals", "Zuid-Limburg; Maastricht-Heuvelland", 9_700d, 1_600d, "1,35", "1,1", "Sociaal Team Vaals", 1.2]);
        workbook.Sheet("Aanbieders",
            ["Aanbieder", "KvK-nummer", "Website", "Telefoon", "E-mail", "Contactpersoon", "Contractmanager", "Specialisaties", "Doelgroepen"],
            ["Radar Jeugd", "00000001", "www.radar.voorbeeld.nl", "043-0000 001", "info@radar.voorbeeld.nl", "P. Voorbeeld", "M. Contract", "autisme;trauma", "jeugd 0-18"],
            ["Zorggroep Heuvelland", "00000002", null, null, null, null, "M. Contract", "ouderen", "volwassenen;ouderen"],
            ["Lekstroom Begeleiding", "00000003", null, null, null, null, "J. Inkoop", "LVB", "jeugd 0-18;jongvolwassenen 18-23"]);
        workbook.Sheet("Producten",
            ["Productcode", "Product", "Wet", "Categorie", "Segment", "Eenheid", "Omschrijving"],
            ["45A01", "Ambulante jeugdhulp generalistisch", "Jeugdwet", "Ambulant", "Segment 2", "uur", "Hulp thuis of op locatie."],
            ["02A01", "Begeleiding individueel (BGI-ZIN)", "Wmo", "Begeleiding", null, "uur", "Individuele begeleiding."]);
        workbook.Sheet("Contracten",
            ["Regio", "Aanbieder", "Productcode", "Gemeenten", "Uitvoeringsvariant", "Tarief", "Ingangsdatum", "Einddatum", "Max. einddatum", "Perceel", "Status", "Opmerking"],
            ["Zuid-Limburg", "Radar Jeugd", "45A01", "Alle", "inspanningsgericht", 61.5, new DateTime(2023, 1, 1), new DateTime(2027, 12, 31), new DateTime(2029, 12, 31), "Segment 2", "actief", null],
            ["Maastricht-Heuvelland", "Zorggroep Heuvelland", "02A01", "Maastricht;Vaals", "taakgericht", "€ 55,10", "01-01-2023", "31-12-2026", null, "Perceel BG", "actief", null],
            ["Zuid-Limburg", "Lekstroom Begeleiding", "45A01", "Beek", "outputgericht", 70d, "01-01-2023", null, null, "Segment 2", null, null]);
        return workbook;
    }

    public static TestWorkbook Empty() => new();

    public TestWorkbook Sheet(string name, string[] headers, params object?[][] rows)
    {
        _sheets[name] = rows.Select(r => headers.Select((h, i) => (h, v: i < r.Length ? r[i] : null)).ToDictionary(x => x.h, x => x.v)).ToList();
        if (rows.Length == 0) _sheets[name] = [headers.ToDictionary(h => h, _ => (object?)null)];
        return this;
    }

    /// <summary>Sets a cell by its Excel row number (row 2 is the first data row).</summary>
    public TestWorkbook Set(string sheet, int excelRow, string column, object? value)
    {
        _sheets[sheet][excelRow - 2][column] = value;
        return this;
    }

    public TestWorkbook AddRow(string sheet, params object?[] values)
    {
        var headers = _sheets[sheet][0].Keys.ToList();
        _sheets[sheet].Add(headers.Select((h, i) => (h, v: i < values.Length ? values[i] : null)).ToDictionary(x => x.h, x => x.v));
        return this;
    }

    public TestWorkbook RemoveRow(string sheet, int excelRow)
    {
        _sheets[sheet].RemoveAt(excelRow - 2);
        return this;
    }

    public TestWorkbook RemoveColumn(string sheet, string column)
    {
        foreach (var row in _sheets[sheet]) row.Remove(column);
        return this;
    }

    public TestWorkbook RemoveSheet(string sheet)
    {
        _sheets.Remove(sheet);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        var sheets = _sheets.Count == 0
            ? new Dictionary<string, object> { ["Blad1"] = Array.Empty<Dictionary<string, object?>>() }
            : _sheets.ToDictionary(s => s.Key, s => (object)s.Value);
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public string SaveTo(string path)
    {
        File.WriteAllBytes(path, ToBytes());
        return path;
    }
}
