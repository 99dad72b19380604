using System.Globalization;
using System.Reflection;

namespace TeamBot.Core.Storage;

/// <summary>One numbered schema script (NNNN_name.sql) embedded in a storage adapter, applied once and in order.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>The scripts embedded under <paramref name="resourcePrefix"/> (such as "migrations/sqlite/"), lowest version first.</summary>
    public static IReadOnlyList<MigrationScript> Embedded(Assembly assembly, string resourcePrefix) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n, n[resourcePrefix.Length..^4]))
            .OrderBy(m => m.Version)
            .ToList();

    private static MigrationScript Read(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var version = int.Parse(fileName.Split('_', 2)[0], CultureInfo.InvariantCulture);
        return new MigrationScript(version, fileName, reader.ReadToEnd());
    }
}
