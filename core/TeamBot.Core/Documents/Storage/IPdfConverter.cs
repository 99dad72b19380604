namespace TeamBot.Core.Documents.Storage;

/// <summary>Turns a Word document into a PDF on this machine.</summary>
public interface IPdfConverter
{
    /// <summary>Returns the PDF's bytes; throws <see cref="PdfConversionException"/> when conversion is impossible.</summary>
    Task<byte[]> ConvertToPdfAsync(byte[] document, string fileName, CancellationToken ct);
}
