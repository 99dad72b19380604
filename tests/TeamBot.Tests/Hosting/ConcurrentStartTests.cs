using Microsoft.Data.Sqlite;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Hosting;

/// <summary>Processes started together on one data folder: the sample region loads once, and a reader waits for a writer.</summary>
public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task Four_processes_started_at_once_on_an_empty_folder_load_the_sample_once()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TeamBotProcess.RunAsync("region", "show", "--data", data)));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.All(results, r => Assert.Contains("92 contracten", r.Output));
        Assert.Equal(1, await ImportCountAsync(data));
    }

    [Fact]
    public async Task A_read_only_verb_waits_for_another_process_holding_the_write_lock()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");
        Assert.Equal(0, (await TeamBotProcess.RunAsync("region", "show", "--data", data)).ExitCode);
        await using var writer = new SqliteConnection($"Data Source={Path.Combine(data, "teambot.db")}");
        await writer.OpenAsync();
        var transaction = writer.BeginTransaction(deferred: false);
        var release = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => transaction.Commit(), TaskScheduler.Default);

        var shown = await TeamBotProcess.RunAsync("region", "show", "--data", data);
        var asked = await TeamBotProcess.RunAsync("ask", "Welke aanbieders leveren logeeropvang in Heerlen?", "--data", data);

        await release;
        Assert.True(shown.ExitCode == 0, shown.Error);
        Assert.True(asked.ExitCode == 0, asked.Error);
        Assert.Contains("Autismepunt Zuid", asked.Output);
    }

    private static async Task<long> ImportCountAsync(string data)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "teambot.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM import_history";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
