namespace TeamBot.Tests.Architecture;

/// <summary>
/// The one dependency rule of docs/architecture.md: core references no other project; each adapter (protocol, storage,
/// Microsoft 365) references only core; only the host composes them. The remote-technology packages each have one
/// adapter as their home, never the host or core.
/// </summary>
public static class DependencyRule
{
    /// <summary>Package -> the only production project that may reference it directly.</summary>
    public static readonly IReadOnlyDictionary<string, string> PackageHomes = new Dictionary<string, string>
    {
        ["Microsoft.Data.Sqlite"] = "TeamBot.Storage.Sqlite",
        ["Npgsql"] = "TeamBot.Storage.Postgres",
        ["Microsoft.Graph"] = "TeamBot.Microsoft365",
        ["Microsoft.IdentityModel.Protocols.OpenIdConnect"] = "TeamBot.BotFramework",
        ["Microsoft.Identity.Web"] = "TeamBot.Identity",
    };

    /// <summary>What core may never see, by package id prefix.</summary>
    public static readonly IReadOnlyList<string> ForbiddenInCore =
        ["Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "Npgsql", "Microsoft.Graph", "Microsoft.Identity", "Azure."];

    /// <returns>Every breach, one line each; empty when the graph keeps the rule.</returns>
    public static IReadOnlyList<string> Breaches(ProjectGraph graph)
    {
        var breaches = new List<string>();
        foreach (var project in graph.Projects)
        {
            if (project.Name == ProjectGraph.Host) continue;
            var allowed = project.Name == ProjectGraph.Core ? [] : new[] { ProjectGraph.Core };
            breaches.AddRange(project.ProjectReferences.Except(allowed)
                .Select(reference => $"{project.Name} references {reference}; only the host ({ProjectGraph.Host}) composes projects"));
        }
        var core = graph.Projects.FirstOrDefault(p => p.Name == ProjectGraph.Core);
        if (core is not null) breaches.AddRange(CoreBreaches(core));
        foreach (var (package, home) in PackageHomes)
        {
            var users = graph.Projects.Where(p => p.PackageReferences.Contains(package, StringComparer.OrdinalIgnoreCase)).Select(p => p.Name).ToList();
            if (users.SequenceEqual([home])) continue;
            breaches.Add($"{package} is referenced by [{string.Join(", ", users)}]; it belongs in {home} only");
        }
        return breaches;
    }

    private static IEnumerable<string> CoreBreaches(ProjectNode core)
    {
        if (core.Sdk != "Microsoft.NET.Sdk") yield return $"{core.Name} uses the SDK {core.Sdk}; core is a plain library (Microsoft.NET.Sdk)";
        foreach (var framework in core.FrameworkReferences) yield return $"{core.Name} references the framework {framework}";
        foreach (var package in core.PackageReferences.Where(p => ForbiddenInCore.Any(f => p.StartsWith(f, StringComparison.OrdinalIgnoreCase))))
            yield return $"{core.Name} references {package}; core knows no web, database, Graph or identity technology";
    }
}
