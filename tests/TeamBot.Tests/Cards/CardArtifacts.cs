using TeamBot.Core.Cards;

namespace TeamBot.Tests.Cards;

/// <summary>Writes each built card to artifacts/cards/NAME.json at the repository root, where the JS suite validates and renders it.</summary>
public static class CardArtifacts
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "cards");

    public static void Save(string name, RenderedCard card)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, name + ".json"), card.Json);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "TeamBot.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No TeamBot.sln above {AppContext.BaseDirectory}.");
    }
}
