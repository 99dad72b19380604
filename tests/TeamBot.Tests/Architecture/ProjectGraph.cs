using System.Xml.Linq;

namespace TeamBot.Tests.Architecture;

/// <summary>The production projects of the solution as their .csproj files declare them: project and package references.</summary>
public sealed record ProjectGraph(IReadOnlyList<ProjectNode> Projects)
{
    public const string Core = "TeamBot.Core";
    public const string Host = "TeamBot.Bot";

    /// <summary>Every .csproj under core/ and bot/ of the checkout these tests were built from.</summary>
    public static ProjectGraph ReadFromRepository()
    {
        var root = RepositoryRoot();
        var files = new[] { "core", "bot" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return new ProjectGraph(files.Select(ProjectNode.Read).OrderBy(p => p.Name, StringComparer.Ordinal).ToList());
    }

    public ProjectNode this[string name] => Projects.Single(p => p.Name == name);

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "TeamBot.sln"))) return folder.FullName;
        throw new InvalidOperationException("TeamBot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <param name="Name">The project file's name without .csproj.</param>
public sealed record ProjectNode(string Name, string Sdk, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences, IReadOnlyList<string> FrameworkReferences)
{
    public static ProjectNode Read(string path)
    {
        var project = XDocument.Load(path).Root!;
        IReadOnlyList<string> Includes(string element) =>
            project.Descendants(element).Select(e => (string?)e.Attribute("Include")).OfType<string>().ToList();
        var references = Includes("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Replace('\\', '/'))).ToList();
        return new ProjectNode(Path.GetFileNameWithoutExtension(path), (string?)project.Attribute("Sdk") ?? "", references,
            Includes("PackageReference"), Includes("FrameworkReference"));
    }
}
