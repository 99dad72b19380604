using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// Turns a Flat OPC Word document (one XML file; Word opens it, LibreOffice does not) into a .docx package:
/// each pkg:part becomes a package part with its content type and relationships.
/// </summary>
public static class FlatOpcPackage
{
    /// <summary>True when <paramref name="bytes"/> is not a zip package (a .docx starts with "PK").</summary>
    public static bool IsFlatOpc(byte[] bytes) => !(bytes.Length >= 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K');

    /// <summary>The .docx bytes; throws <see cref="InvalidDataException"/> when the XML is no Word Flat OPC document.</summary>
    public static byte[] ToDocx(byte[] flatOpc)
    {
        try
        {
            using var output = new MemoryStream();
            using (WordprocessingDocument.FromFlatOpcString(Decode(flatOpc), output, isEditable: true))
            {
            }
            return output.ToArray();
        }
        catch (Exception exception) when (exception is XmlException or OpenXmlPackageException or FileFormatException or ArgumentException)
        {
            throw new InvalidDataException($"Het Flat OPC-document kan niet omgezet worden naar .docx: {exception.Message}", exception);
        }
    }

    /// <summary>UTF-8 with or without a byte order mark, as Word and our renderer write it.</summary>
    private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
}
