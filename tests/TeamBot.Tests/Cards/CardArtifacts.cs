using TeamBot.Core.Cards;

namespace TeamBot.Tests.Cards;

/// <summary>
/// Writes each built card to NAME.json in TEAMBOT_CARDS_DIR (test.sh hands that folder to the JS card suite), or to
/// artifacts/cards at the repository root when run on its own.
/// </summary>
public static class CardArtifacts
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("TEAMBOT_CARDS_DIR") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Architecture.ProjectGraph.RepositoryRoot(), "artifacts", "cards");

    public static void Save(string name, RenderedCard card)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, name + ".json"), card.Json);
    }
}
