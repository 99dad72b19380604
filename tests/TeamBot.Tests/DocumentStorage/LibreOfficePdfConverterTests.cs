using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamBot.Core.Documents.Storage;
using TeamBot.Microsoft365;

namespace TeamBot.Tests.DocumentStorage;

/// <summary>The conversion itself is tested with the shipped templates; here only what a missing LibreOffice tells the user.</summary>
public sealed class LibreOfficePdfConverterTests
{
    [Fact]
    public async Task A_missing_soffice_is_explained_in_Dutch_with_the_setting_to_change()
    {
        var options = Options.Create(new LibreOfficeOptions { SofficePath = "/nergens/soffice" });
        var converter = new LibreOfficePdfConverter(options, TimeProvider.System, NullLogger<LibreOfficePdfConverter>.Instance);

        var e = await Assert.ThrowsAsync<PdfConversionException>(() => converter.ConvertToPdfAsync([1, 2, 3], "plan.docx", CancellationToken.None));

        Assert.Equal("LibreOffice is niet gevonden ('/nergens/soffice'): installeer LibreOffice (Debian: apt-get install libreoffice-writer) of zet Documents:SofficePath op het pad naar soffice.", e.Message);
    }
}
