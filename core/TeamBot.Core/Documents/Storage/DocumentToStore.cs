namespace TeamBot.Core.Documents.Storage;

/// <summary>A rendered document and how to store it.</summary>
/// <param name="FileName">The wanted file name, e.g. "Uitvoeringsplan Jeugd 2026.docx"; folders in it are ignored.</param>
/// <param name="Content">The document's bytes.</param>
/// <param name="ContentType">Its media type, e.g. the Word (.docx) type.</param>
public sealed record DocumentToStore(string FileName, byte[] Content, string ContentType)
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public ConflictBehavior ConflictBehavior { get; init; } = ConflictBehavior.Rename;

    /// <summary>Also store a PDF of the document beside it.</summary>
    public bool AlsoPdf { get; init; }
}
