using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace TeamBot.Bot.Manifest;

/// <summary>
/// The Teams app package: a zip with manifest.json, the colour icon and the outline icon at its root,
/// ready to upload in Teams or the Teams admin center.
/// </summary>
public static class TeamsAppPackage
{
    public const string ManifestEntryName = "manifest.json";

    // A fixed entry time makes the same app id and host give the same bytes.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <exception cref="TeamsAppPackageException">The app id is not a GUID or the host is not a bare host name.</exception>
    public static byte[] Build(string appId, string host)
    {
        var id = TeamsAppPackageInput.AppId(appId);
        var hostName = TeamsAppPackageInput.Host(host);
        var manifest = TeamsManifestTemplate.Fill(TeamsManifestTemplate.Load(), id, hostName);
        return Zip(Entries(manifest));
    }

    private static IReadOnlyList<(string Name, byte[] Content)> Entries(string manifest)
    {
        // The icon names and the accent colour come from the manifest itself, so the package cannot contradict it.
        using var document = JsonDocument.Parse(manifest);
        var root = document.RootElement;
        var icons = root.GetProperty("icons");
        return
        [
            (ManifestEntryName, Encoding.UTF8.GetBytes(manifest)),
            (icons.GetProperty("color").GetString()!, TeamsAppIcons.Color(root.GetProperty("accentColor").GetString()!)),
            (icons.GetProperty("outline").GetString()!, TeamsAppIcons.Outline()),
        ];
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return zip.ToArray();
    }
}
