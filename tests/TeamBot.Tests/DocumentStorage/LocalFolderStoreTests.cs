using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamBot.Core.Documents.Storage;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.DocumentStorage;

public sealed class LocalFolderStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Folder => _temp.File("documenten");

    [Fact]
    public async Task A_document_is_written_whole_with_a_file_uri_and_no_temporary_file_left()
    {
        var document = GraphStoreHarness.Word("plan.docx", 200_000);

        var stored = await Store().SaveAsync(document, CancellationToken.None);

        Assert.Equal("plan.docx", stored.Name);
        Assert.Equal(Path.Combine(Folder, "plan.docx"), stored.LocalPath);
        Assert.Equal(new Uri(stored.LocalPath!).AbsoluteUri, stored.WebUrl);
        Assert.StartsWith("file:///", stored.WebUrl);
        Assert.Null(stored.ItemId);
        Assert.Equal(document.Content, await File.ReadAllBytesAsync(stored.LocalPath!));
        Assert.Equal(["plan.docx"], Files());
    }

    [Fact]
    public async Task A_cancelled_write_leaves_neither_the_document_nor_a_temporary_file()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store().SaveAsync(GraphStoreHarness.Word("plan.docx", 1000), cancelled.Token));

        Assert.Empty(Files());
    }

    [Fact]
    public async Task Rename_numbers_copies_and_leaves_earlier_documents_untouched()
    {
        var store = Store();
        var first = GraphStoreHarness.Word("plan.docx", 10);
        await store.SaveAsync(first, CancellationToken.None);

        var second = await store.SaveAsync(GraphStoreHarness.Word("plan.docx", 20), CancellationToken.None);
        var third = await store.SaveAsync(GraphStoreHarness.Word("plan.docx", 30), CancellationToken.None);

        Assert.Equal("plan (1).docx", second.Name);
        Assert.Equal("plan (2).docx", third.Name);
        Assert.Equal(first.Content, await File.ReadAllBytesAsync(Path.Combine(Folder, "plan.docx")));
        Assert.Equal(["plan (1).docx", "plan (2).docx", "plan.docx"], Files());
    }

    [Fact]
    public async Task Documents_saved_at_the_same_time_under_one_name_each_get_their_own_file()
    {
        var store = Store();

        var stored = await Task.WhenAll(Enumerable.Range(1, 12).Select(size => Task.Run(() => store.SaveAsync(GraphStoreHarness.Word("plan.docx", size), CancellationToken.None))));

        Assert.Equal(12, stored.Select(s => s.Name).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 12), stored.Select(s => new FileInfo(s.LocalPath!).Length).Order().Select(l => (int)l));
    }

    [Fact]
    public async Task Replace_overwrites_the_existing_document()
    {
        var store = Store();
        await store.SaveAsync(GraphStoreHarness.Word("plan.docx", 10), CancellationToken.None);
        var newer = GraphStoreHarness.Word("plan.docx", 99, ConflictBehavior.Replace);

        var stored = await store.SaveAsync(newer, CancellationToken.None);

        Assert.Equal("plan.docx", stored.Name);
        Assert.Equal(newer.Content, await File.ReadAllBytesAsync(stored.LocalPath!));
        Assert.Equal(["plan.docx"], Files());
    }

    [Fact]
    public async Task A_pdf_is_written_beside_the_document_under_the_same_number()
    {
        var pdf = new FakePdfConverter();
        var store = Store(pdf);
        await store.SaveAsync(GraphStoreHarness.Word("plan.docx", 10, alsoPdf: true), CancellationToken.None);

        var second = await store.SaveAsync(GraphStoreHarness.Word("plan.docx", 10, alsoPdf: true), CancellationToken.None);

        Assert.Equal(Path.Combine(Folder, "plan (1).pdf"), second.PdfLocalPath);
        Assert.Equal(new Uri(second.PdfLocalPath!).AbsoluteUri, second.PdfWebUrl);
        Assert.Equal(FakePdfConverter.Pdf, await File.ReadAllBytesAsync(second.PdfLocalPath!));
        Assert.Equal(["plan (1).docx", "plan (1).pdf", "plan.docx", "plan.pdf"], Files());
    }

    [Fact]
    public async Task A_failed_pdf_conversion_says_why_and_keeps_the_document()
    {
        var store = Store(new FakePdfConverter("LibreOffice is niet gevonden ('soffice')."));
        var document = GraphStoreHarness.Word("plan.docx", 10, alsoPdf: true);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => store.SaveAsync(document, CancellationToken.None));

        Assert.Equal("De PDF kon niet worden gemaakt: LibreOffice is niet gevonden ('soffice').", e.Problem);
        Assert.Equal(Path.Combine(Folder, "plan.docx"), e.LocalPath);
        Assert.Equal(document.Content, await File.ReadAllBytesAsync(e.LocalPath!));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\plannen\Plan: Jeugd?.docx", "Plan- Jeugd-.docx")]
    [InlineData("  Uitvoeringsplan Wmo 2026.docx  ", "Uitvoeringsplan Wmo 2026.docx")]
    public async Task A_file_name_cannot_leave_the_folder_or_carry_characters_a_library_refuses(string asked, string expected)
    {
        var stored = await Store().SaveAsync(GraphStoreHarness.Word(asked, 10), CancellationToken.None);

        Assert.Equal(expected, stored.Name);
        Assert.Equal(Folder, Path.GetDirectoryName(stored.LocalPath));
    }

    [Fact]
    public async Task An_unusable_folder_gives_a_Dutch_message_naming_it()
    {
        await File.WriteAllTextAsync(Folder, "a file where the folder should be");

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => Store().SaveAsync(GraphStoreHarness.Word("plan.docx", 10), CancellationToken.None));

        Assert.StartsWith($"Het document 'plan.docx' kon niet worden opgeslagen in de map '{Folder}':", e.Message);
        Assert.Null(e.LocalPath);
    }

    public void Dispose() => _temp.Dispose();

    private LocalFolderStore Store(IPdfConverter? pdf = null) =>
        new(Options.Create(new DocumentStoreOptions { LocalFolder = Folder }), pdf ?? new FakePdfConverter(), NullLogger<LocalFolderStore>.Instance);

    private string[] Files() =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray() : [];
}
