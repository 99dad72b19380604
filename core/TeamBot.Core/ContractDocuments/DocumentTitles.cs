using System.Text.RegularExpressions;

namespace TeamBot.Core.ContractDocuments;

/// <summary>The fallback title of a document without a usable title of its own.</summary>
internal static partial class DocumentTitles
{
    /// <summary>"dvo-jeugd_2025.md" becomes "Dvo jeugd 2025".</summary>
    public static string FromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/'));
        var words = SectionText.NormaliseLine(Separators().Replace(name, " "));
        return words.Length == 0 ? name : CapitaliseFirstLetter(words);
    }

    private static string CapitaliseFirstLetter(string words)
    {
        // Dutch capitalises the digraph "ij" as a whole: "ijsselland" becomes "IJsselland".
        if (words.StartsWith("ij", StringComparison.Ordinal)) return "IJ" + words[2..];
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("[-_]+")]
    private static partial Regex Separators();
}
