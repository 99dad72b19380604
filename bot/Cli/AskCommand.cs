using System.CommandLine;
using System.Text.Json;
using TeamBot.Core.Formatting;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;

namespace TeamBot.Bot.Cli;

/// <summary>
/// `teambot ask "QUESTION" [--gemeente NAME] [--json]`. Without a question it reads one question per line from
/// standard input and answers each in order (with --json: one JSON object per line).
/// </summary>
internal static class AskCommand
{
    private static readonly JsonSerializerOptions Json = CliJson.Compact;

    public static Command Create(Option<string?> data)
    {
        var question = new Argument<string?>("QUESTION") { Description = "De vraag; zonder vraag: één vraag per regel van standaardinvoer.", Arity = ArgumentArity.ZeroOrOne };
        var municipality = new Option<string?>("--gemeente") { Description = "De gemeente van de vrager (standaard: geen, dan geldt het antwoord voor de hele regio)." };
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON (één object per vraag)." };
        var command = new Command("ask", "Stel een vraag aan TeamBot.") { question, municipality, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(parseResult.GetValue(data), loadSample: true, cancellationToken);
            var services = host.Services;
            var service = services.GetRequiredService<QuestionService>();
            var asJson = parseResult.GetValue(json);
            foreach (var text in Questions(parseResult.GetValue(question)))
            {
                var answer = await service.AskAsync(new QuestionRequest(text, AskerMunicipality: parseResult.GetValue(municipality), Channel: "cli"), cancellationToken);
                Console.WriteLine(asJson ? JsonSerializer.Serialize(ToWire(answer), Json) : ToText(answer));
            }
            return TeamBotCommandLine.ExitOk;
        });
        return command;
    }

    private static IEnumerable<string> Questions(string? argument)
    {
        if (argument is not null)
        {
            yield return argument;
            yield break;
        }
        while (Console.In.ReadLine() is { } line)
            yield return line;
    }

    /// <summary>The JSON contract other tools rely on; keep the names exactly.</summary>
    private static object ToWire(QuestionAnswer answer) => new
    {
        category = answer.Category.ToWireName(),
        confidence = Math.Round(answer.Confidence, 4),
        intent = answer.Intent,
        answer = answer.Text,
        redactedQuestion = answer.RedactedQuestion,
        sources = answer.Sources.Select(s => new { kind = s.WireKind, title = s.Title, section = s.Section }),
        escalate = answer.Escalate,
    };

    private static string ToText(QuestionAnswer answer)
    {
        var sources = answer.Sources.Count == 0
            ? ""
            : "\n\nBron: " + string.Join("; ", answer.Sources.Select(s => s.Section is null ? s.Title : $"{s.Title}, {s.Section}"));
        var escalate = answer.Escalate ? "\n(Dit kan naar het inkoopteam.)" : "";
        return $"{answer.Text}{sources}{escalate}\n[{answer.Category.ToWireName()}, zekerheid {answer.Confidence.ToString("P0", DutchFormat.Culture)}]\n";
    }
}
