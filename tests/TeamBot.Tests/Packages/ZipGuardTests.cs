using TeamBot.Core.Packages;
using TeamBot.Tests.Documents;
using TeamBot.Tests.Support;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Packages;

/// <summary>
/// Every zip we read (a region workbook, a contract .docx, a Word template) passes one guard that inflates while
/// counting, so a bomb is refused with a Dutch reason and costs little memory.
/// </summary>
public sealed class ZipGuardTests
{
    private static readonly ZipLimits Small = new(MaxEntries: 10, MaxEntryBytes: 1_000_000, MaxTotalBytes: 1_500_000, MaxRatio: 50, RatioFloorBytes: 100_000);

    [Fact]
    public void A_real_workbook_and_document_pass()
    {
        Assert.Null(ZipGuard.Problem(TestWorkbook.Valid().ToBytes(), ZipLimits.Office));
        Assert.Null(ZipGuard.Problem(new WordTemplate(P("Hallo {{ naam }}")).ToDocx(), ZipLimits.Office));
    }

    [Fact]
    public void Too_many_parts_are_refused()
    {
        Assert.Contains("11 onderdelen; meer dan 10", ZipGuard.Problem(ZipBomb.ManyParts(11), Small));
    }

    [Fact]
    public void One_part_larger_than_the_limit_is_refused_by_its_name()
    {
        var bomb = ZipBomb.Inflate(ZipBomb.ManyParts(1), "word/document.xml", 1_200_000);

        Assert.Contains("Onderdeel 'word/document.xml' is uitgepakt groter dan", ZipGuard.Problem(bomb, Small));
    }

    [Fact]
    public void Parts_that_together_inflate_past_the_total_are_refused()
    {
        var bomb = ZipBomb.Inflate(ZipBomb.Inflate(ZipBomb.ManyParts(1), "a.xml", 900_000), "b.xml", 900_000);

        Assert.Contains("pakt uit tot meer dan", ZipGuard.Problem(bomb, Small with { MaxRatio = int.MaxValue }));
    }

    [Fact]
    public void A_part_that_packs_far_better_than_xml_does_is_refused_as_a_zip_bomb()
    {
        var bomb = ZipBomb.Inflate(ZipBomb.ManyParts(1), "xl/sharedStrings.xml", 900_000);

        Assert.Contains("zip-bom", ZipGuard.Problem(bomb, Small));
    }

    [Fact]
    public void A_damaged_zip_throws_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => ZipGuard.Problem("PK\u0003\u0004 kapot"u8.ToArray(), Small));
    }

    [Fact]
    public async Task A_workbook_bomb_is_refused_at_import_without_inflating_it_into_memory()
    {
        using var storage = await TestStorage.CreateAsync();
        var bomb = ZipBomb.Inflate(TestWorkbook.Valid().ToBytes(), "xl/worksheets/sheet1.xml");
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", bomb, null);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.StartsWith("regio.xlsx: Onderdeel 'xl/worksheets/sheet1.xml' is uitgepakt groter dan 100 MB", Assert.Single(outcome.Problems).ToString());
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated:N0} bytes allocated");
        Assert.Equal(0, await storage.Store.GetDataVersionAsync());
    }

    [Fact]
    public void A_contract_docx_bomb_is_a_located_problem_of_its_file()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(folder.File("dvo.docx"), ZipBomb.Inflate(new WordTemplate(P("Artikel 1")).ToDocx(), "word/document.xml"));

        var result = new Core.ContractDocuments.ContractDocumentFolderReader().ReadFolder(folder.Path);

        Assert.Empty(result.Documents);
        Assert.StartsWith("dvo.docx: Onderdeel 'word/document.xml' is uitgepakt groter dan 100 MB", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void A_template_bomb_is_a_problem_of_the_template_not_an_internal_error()
    {
        var bomb = ZipBomb.Inflate(new WordTemplate(P("{{ titel }}")).ToDocx(), "word/document.xml");

        var result = TestCalendar.Renderer().Render(bomb, "plan.docx", new Dictionary<string, object?> { ["titel"] = "x" });

        var problem = Assert.Single(result.Problems);
        Assert.Contains("Onderdeel 'word/document.xml' is uitgepakt groter dan 100 MB", problem.Message);
    }
}
