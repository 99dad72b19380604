using System.Text;

namespace TeamBot.Core.ContractDocuments;

/// <summary>Decodes .md and .txt files: UTF-8 or UTF-16 with a byte order mark, else UTF-8, else Windows-1252.</summary>
internal static class TextFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] content)
    {
        if (StartsWith(content, 0xFF, 0xFE)) return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        if (StartsWith(content, 0xFE, 0xFF)) return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        if (Array.IndexOf(content, (byte)0) >= 0)
            throw new DocumentReadException("Het bestand bevat geen leesbare tekst; het lijkt een binair bestand met de verkeerde extensie.");
        var start = StartsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            // Older Windows editors save as ANSI; Windows-1252 reads its accents and euro sign right.
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(content);
        }
    }

    private static bool StartsWith(byte[] content, params byte[] prefix) => content.AsSpan().StartsWith(prefix);
}
