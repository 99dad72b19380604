namespace TeamBot.Core.Documents.Storage;

/// <summary>File names that are safe in a local folder and in a SharePoint or OneDrive library alike.</summary>
public static class DocumentFileName
{
    private const int MaxStemLength = 150;

    // SharePoint and Windows refuse these; '#' and '%' break the drive-item path in a URL.
    private static readonly char[] Refused = ['"', '*', ':', '<', '>', '?', '/', '\\', '|', '#', '%'];

    /// <summary>Drops any folder part, replaces refused characters with '-', and trims what the library would trim.</summary>
    public static string Sanitize(string fileName)
    {
        var name = LastSegment(fileName ?? "");
        var cleaned = new string(name.Select(c => char.IsControl(c) || Refused.Contains(c) ? '-' : c).ToArray()).Trim().TrimEnd('.');
        if (cleaned.Length == 0 || cleaned.All(c => c == '.'))
            throw new DocumentStoreException($"De bestandsnaam '{fileName}' is ongeldig: kies een naam zoals 'Uitvoeringsplan 2026.docx'.");
        var stem = Path.GetFileNameWithoutExtension(cleaned);
        return stem.Length <= MaxStemLength ? cleaned : stem[..MaxStemLength].TrimEnd() + Path.GetExtension(cleaned);
    }

    /// <summary>"naam.docx" with number 2 becomes "naam (2).docx", as Word and SharePoint number copies.</summary>
    public static string WithNumber(string fileName, int number) =>
        $"{Path.GetFileNameWithoutExtension(fileName)} ({number}){Path.GetExtension(fileName)}";

    /// <summary>"naam (1).docx" with ".pdf" becomes "naam (1).pdf".</summary>
    public static string WithExtension(string fileName, string extension) =>
        Path.GetFileNameWithoutExtension(fileName) + extension;

    private static string LastSegment(string path)
    {
        var cut = path.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? path : path[(cut + 1)..];
    }
}
