using TeamBot.Core.ContractDocuments;
using TeamBot.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TeamBot.Tests.ContractDocuments;

/// <summary>The contract documents of one import are bounded: file size, pdf pages and all their text together.</summary>
public sealed class DocumentLimitTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_by_its_size_without_reading_it()
    {
        File.WriteAllBytes(_folder.File("bijlagen.pdf"), new byte[3 * 1024 * 1024]);
        File.WriteAllText(_folder.File("dvo.md"), "# DVO\n\nDe looptijd is vier jaar.");

        var result = Reader(new DocumentLimits(MaxFileBytes: 2 * 1024 * 1024, MaxPdfPages: 10, MaxTextCharactersPerImport: 1_000)).ReadFolder(_folder.Path);

        Assert.Equal(["dvo.md"], result.Documents.Select(d => d.FileName));
        Assert.Equal("bijlagen.pdf: Het bestand is 3 MB; contractdocumenten boven 2 MB worden niet gelezen. Lever het document zonder bijlagen of als kleinere pdf aan.",
            Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused()
    {
        File.WriteAllBytes(_folder.File("scan.pdf"), Pdf(pages: 4));

        var result = Reader(DocumentLimits.Default with { MaxPdfPages = 3 }).ReadFolder(_folder.Path);

        Assert.Equal("scan.pdf: De pdf heeft 4 pagina's; contractdocumenten van meer dan 3 pagina's worden niet gelezen.", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Documents_past_the_text_limit_of_one_import_are_skipped_and_named()
    {
        File.WriteAllText(_folder.File("a-dvo.md"), "# DVO\n\n" + new string('x', 600));
        File.WriteAllText(_folder.File("b-protocol.md"), "# Protocol\n\n" + new string('y', 600));

        var result = Reader(DocumentLimits.Default with { MaxTextCharactersPerImport = 1_000 }).ReadFolder(_folder.Path);

        Assert.Equal(["a-dvo.md"], result.Documents.Select(d => d.FileName));
        Assert.StartsWith("b-protocol.md: Met dit document komt de tekst van de contractdocumenten boven 1.000 tekens", Assert.Single(result.Problems).ToString());
    }

    private static ContractDocumentFolderReader Reader(DocumentLimits limits) => new(limits: limits);

    private static byte[] Pdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++) builder.AddPage(PageSize.A4).AddText($"Pagina {i}", 12, new PdfPoint(50, 780), font);
        return builder.Build();
    }
}
