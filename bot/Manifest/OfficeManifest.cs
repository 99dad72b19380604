namespace TeamBot.Bot.Manifest;

/// <summary>
/// The XML add-in manifest of the Word and Excel task pane, to sideload or to publish in the Microsoft 365 admin center:
/// one file, pointing at the pane and the icons that the host serves under https://HOST/addin/.
/// </summary>
public static class OfficeManifest
{
    public const string DefaultFileName = "manifest.xml";

    /// <param name="host">https://HOST, or the bare host name, optionally with a port.</param>
    /// <param name="appId">The Entra app registration's client id for sign-in; null for a manifest without sign-in.</param>
    /// <exception cref="OfficeManifestException">The host is not an https address or host name, or the app id is not a GUID.</exception>
    public static string Build(string? host, string? appId)
    {
        var hostName = OfficeManifestInput.Host(host);
        var id = OfficeManifestInput.AppId(appId);
        return OfficeManifestTemplate.Fill(OfficeManifestTemplate.Load(), OfficeAddinId.ForHost(hostName), hostName, id);
    }
}
