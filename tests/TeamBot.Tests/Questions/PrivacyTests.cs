using System.Text;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions;

/// <summary>Personal data typed into a question never reaches the data folder or the logs.</summary>
public sealed class PrivacyTests
{
    private static readonly (string Question, string[] PersonalData)[] Cases =
    [
        ("Mevrouw Sientje de Vries (34), BSN 111222333, wil minder uren begeleiding. Hoeveel uur moet ik indiceren?", ["Sientje", "Vries", "111222333"]),
        ("Zoon van meneer Pietersen, geboren 12-03-2011, woont Kerkstraat 12, 6211 AB Maastricht. Welke hulp past?", ["Pietersen", "12-03-2011", "Kerkstraat 12", "6211 AB"]),
        ("Cliënt Olivier Hendriks (16) heeft autisme, moeder bereikbaar op 06-12345678 of b.hendriks@example.com. Wat adviseer je?", ["Olivier", "Hendriks", "06-12345678", "b.hendriks@example.com"]),
        ("Is Radar gecontracteerd voor dyslexie? Vraag komt van dhr. Willems, tel 043 123 45 67.", ["Willems", "043 123 45 67"]),
        ("BSN 123.456.782 van Fleur Janssen: mag ze naar logeeropvang in Heerlen?", ["123.456.782", "Fleur", "Janssen"]),
        ("Dochter van mw. Op de Beek-Smeets, Akerstraat 7a, geboren op 3 april 2015. Wie levert dagbesteding?", ["Smeets", "Akerstraat 7a", "3 april 2015"]),
    ];

    [Fact]
    public async Task No_personal_data_from_questions_reaches_the_data_folder_or_the_logs()
    {
        await using var host = await QuestionTestHost.StartAsync();

        foreach (var (question, _) in Cases)
            await host.AskAsync(question, municipality: "Maastricht", askerId: "aad-object-id-of-caseworker");

        var stored = ReadDataFolder(host.DataDirectory);
        var logs = string.Join("\n", host.Logs.Lines);
        Assert.NotEmpty(await host.Log.ListAsync(null, null));
        foreach (var value in Cases.SelectMany(c => c.PersonalData).Append("aad-object-id-of-caseworker"))
        {
            Assert.DoesNotContain(value, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(value, logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_log_keeps_the_redacted_question_with_a_stable_pseudonym_for_the_asker()
    {
        await using var host = await QuestionTestHost.StartAsync();

        await host.AskAsync(Cases[0].Question, "Maastricht", askerId: "caseworker-1");
        await host.AskAsync("Wie levert pleegzorg?", "Maastricht", askerId: "caseworker-1");
        await host.AskAsync("Wie levert pleegzorg?", "Maastricht", askerId: "caseworker-2");

        var entries = await host.Log.ListAsync(null, null);
        Assert.Equal(3, entries.Count);
        Assert.StartsWith("Mevrouw [NAAM] (34), BSN [BSN]", entries[0].RedactedText);
        Assert.Equal(entries[0].AskerPseudonym, entries[1].AskerPseudonym);
        Assert.NotEqual(entries[1].AskerPseudonym, entries[2].AskerPseudonym);
        Assert.Equal(16, entries[0].AskerPseudonym!.Length);
    }

    /// <summary>Every byte SQLite wrote (database, WAL, shared memory), read as UTF-8 text.</summary>
    private static string ReadDataFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}
