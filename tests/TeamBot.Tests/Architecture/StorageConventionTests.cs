using System.Text.RegularExpressions;

namespace TeamBot.Tests.Architecture;

/// <summary>Habits of the storage adapters that the compiler cannot see, read from their sources.</summary>
public sealed partial class StorageConventionTests
{
    private static readonly IReadOnlyList<string> StorageSources = Directory
        .EnumerateFiles(Path.Combine(ProjectGraph.RepositoryRoot(), "core"), "*.*", SearchOption.AllDirectories)
        .Where(path => path.Contains("TeamBot.Storage.", StringComparison.Ordinal))
        .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".sql", StringComparison.Ordinal))
        .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .ToList();

    [Fact]
    public void Every_Dapper_call_takes_a_command_definition_so_cancellation_reaches_the_database()
    {
        var calls = StorageSources.Where(path => path.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(path => DapperCallWithoutCommand().Matches(File.ReadAllText(path)).Select(m => $"{Path.GetFileName(path)}: {m.Value}"));

        Assert.Empty(calls);
    }

    [Fact]
    public void Every_insert_names_its_columns()
    {
        var inserts = StorageSources
            .SelectMany(path => InsertWithoutColumns().Matches(File.ReadAllText(path)).Select(m => $"{Path.GetFileName(path)}: {m.Value}"));

        Assert.NotEmpty(StorageSources);
        Assert.Empty(inserts);
    }

    [GeneratedRegex(@"\b(Execute|ExecuteScalar|Query|QuerySingle|QuerySingleOrDefault|QueryFirstOrDefault)Async(<[^>]+>)?\((?!Sql\.Command\()")]
    private static partial Regex DapperCallWithoutCommand();

    [GeneratedRegex(@"INSERT\s+INTO\s+\w+\s+VALUES", RegexOptions.IgnoreCase)]
    private static partial Regex InsertWithoutColumns();
}
