namespace TeamBot.Bot.Manifest;

/// <summary>Finds a manifest template under manifest/: the Teams one and the Office one are looked up alike.</summary>
internal static class ManifestTemplateFile
{
    /// <summary>Beside the program first (the published layout), then the repository above it (dotnet run, tests).</summary>
    public static string Locate(string relativePath)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, relativePath);
        if (File.Exists(beside)) return beside;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var inRepository = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(Path.Combine(folder.FullName, "TeamBot.sln")) && File.Exists(inRepository)) return inRepository;
        }
        throw new FileNotFoundException(
            $"Het manifestsjabloon {relativePath} is niet gevonden: niet naast het programma ({AppContext.BaseDirectory}) en niet in de repository erboven.",
            beside);
    }
}
