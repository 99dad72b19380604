namespace TeamBot.Microsoft365;

/// <summary>Keys in section "Documents" for the PDFs LibreOffice makes on this machine.</summary>
public sealed class LibreOfficeOptions
{
    public const string Section = "Documents";

    /// <summary>The LibreOffice program used to make PDFs locally.</summary>
    public string SofficePath { get; set; } = "soffice";

    /// <summary>How long one LibreOffice conversion may take.</summary>
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
