using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace TeamBot.Core.Documents;

/// <summary>XML in and out of untrusted packages: no DTDs, no external resolution, spaces kept.</summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
    };

    public static XDocument Load(Stream stream)
    {
        using var reader = XmlReader.Create(stream, ReaderSettings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    public static XDocument Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), ReaderSettings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    public static void Save(XDocument document, Stream stream)
    {
        using var writer = XmlWriter.Create(stream, WriterSettings);
        document.Save(writer);
    }
}
