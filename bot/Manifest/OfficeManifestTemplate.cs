using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace TeamBot.Bot.Manifest;

/// <summary>
/// manifest/office/manifest.xml with its {{ADDIN_ID}}, {{HOST}} and {{APP_ID}} placeholders. The template is XML before
/// it is filled, so the values go in through the XML tree (escaped by it) and never as text spliced into markup.
/// </summary>
internal static partial class OfficeManifestTemplate
{
    public const string AddinIdPlaceholder = "{{ADDIN_ID}}";
    public const string HostPlaceholder = "{{HOST}}";
    public const string AppIdPlaceholder = "{{APP_ID}}";

    public static readonly XNamespace OfficeApp = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace VersionOverrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    public static readonly XName WebApplicationInfo = VersionOverrides + "WebApplicationInfo";

    private static readonly string RelativePath = Path.Combine("manifest", "office", "manifest.xml");

    public static string Load() => File.ReadAllText(Locate());

    public static string Locate() => ManifestTemplateFile.Locate(RelativePath);

    /// <param name="appId">Null leaves WebApplicationInfo out: a manifest without sign-in.</param>
    /// <exception cref="InvalidDataException">The template is no OfficeApp, or has a placeholder that is not filled.</exception>
    public static string Fill(string template, string addinId, string host, string? appId)
    {
        var manifest = Parse(template);
        if (appId is null) RemoveSignIn(manifest);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AddinIdPlaceholder] = addinId,
            [HostPlaceholder] = host,
        };
        if (appId is not null) values[AppIdPlaceholder] = appId;
        foreach (var attribute in manifest.Descendants().Attributes())
            attribute.Value = Filled(attribute.Value, values);
        foreach (var text in manifest.DescendantNodes().OfType<XText>())
            text.Value = Filled(text.Value, values);
        EnsureNothingLeft(manifest, appId is null);
        return Serialize(manifest);
    }

    private static XDocument Parse(string template)
    {
        XDocument manifest;
        try
        {
            manifest = XDocument.Parse(template, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{RelativePath} is geen geldige XML: {e.Message}", e);
        }
        if (manifest.Root?.Name != OfficeApp + "OfficeApp")
            throw new InvalidDataException($"{RelativePath} is geen Office-manifest: het hoofdelement moet OfficeApp zijn in {OfficeApp.NamespaceName}.");
        return manifest;
    }

    // The element goes with the indentation before it, so the file keeps its layout.
    private static void RemoveSignIn(XDocument manifest)
    {
        foreach (var element in manifest.Descendants(WebApplicationInfo).ToList())
        {
            if (element.PreviousNode is XText indentation && string.IsNullOrWhiteSpace(indentation.Value)) indentation.Remove();
            element.Remove();
        }
    }

    // One pass, so a value that happens to look like a placeholder is not filled again.
    private static string Filled(string text, Dictionary<string, string> values) =>
        Placeholder().Replace(text, match => values.TryGetValue(match.Value, out var value) ? value : match.Value);

    private static void EnsureNothingLeft(XDocument manifest, bool withoutSignIn)
    {
        var texts = manifest.Descendants().Attributes().Select(a => a.Value)
            .Concat(manifest.DescendantNodes().OfType<XText>().Select(t => t.Value));
        foreach (var text in texts)
        {
            if (Placeholder().Match(text) is not { Success: true } left) continue;
            if (withoutSignIn && left.Value == AppIdPlaceholder)
                throw new InvalidDataException($"{RelativePath} gebruikt {AppIdPlaceholder} buiten WebApplicationInfo; zonder app-id valt alleen dat blok weg.");
            throw new InvalidDataException($"{RelativePath} bevat een onbekende plaatshouder {left.Value}; alleen {AddinIdPlaceholder}, {HostPlaceholder} en {AppIdPlaceholder} worden ingevuld.");
        }
    }

    private static string Serialize(XDocument manifest)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
            manifest.Save(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    [GeneratedRegex(@"\{\{[A-Za-z0-9_]+\}\}")]
    private static partial Regex Placeholder();
}
