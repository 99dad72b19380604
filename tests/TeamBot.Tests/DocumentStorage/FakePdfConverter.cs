using TeamBot.Core.Documents.Storage;

namespace TeamBot.Tests.DocumentStorage;

/// <summary>Stands in for LibreOffice (an external program, tested on its own): returns a small PDF, or fails as told.</summary>
public sealed class FakePdfConverter(string? failure = null) : IPdfConverter
{
    public static readonly byte[] Pdf = "%PDF-1.7\n% TeamBot test\n%%EOF\n"u8.ToArray();

    public int Calls { get; private set; }

    public Task<byte[]> ConvertToPdfAsync(byte[] document, string fileName, CancellationToken ct)
    {
        Calls++;
        return failure is null ? Task.FromResult(Pdf) : throw new PdfConversionException(failure);
    }
}
