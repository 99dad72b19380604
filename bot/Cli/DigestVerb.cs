using System.CommandLine;
using System.Text.Json;
using TeamBot.Bot.Conversations;
using TeamBot.Core.Digest;
using TeamBot.Core.Formatting;
using TeamBot.Core.Storage;
using TeamBot.Core.WireFormat;

namespace TeamBot.Bot.Cli;

/// <summary>`teambot digest preview [--week 2026-W49] [--audience inkoopteam|toegangen] [--gemeente NAAM] [--json]`.</summary>
internal static class DigestVerb
{
    private static readonly JsonSerializerOptions Json = CliJson.Indented;

    public static Command Create(Option<string?> data)
    {
        var digest = new Command("digest", "Het weekoverzicht voor de kanalen van het inkoopteam en de toegangen.");
        digest.Subcommands.Add(Preview(data));
        return digest;
    }

    private static Command Preview(Option<string?> data)
    {
        var week = new Option<string?>("--week") { Description = "De ISO-week (jjjj-Www, bijvoorbeeld 2026-W49); standaard de week van het eerstvolgende overzicht." };
        var audience = new Option<string>("--audience") { Description = "inkoopteam of toegangen.", DefaultValueFactory = _ => "inkoopteam" };
        var municipality = new Option<string?>("--gemeente") { Description = "Voor toegangen: alleen de cijfers en contracten van deze gemeente." };
        var json = new Option<bool>("--json") { Description = "De gegevens van het overzicht als JSON in plaats van de kaart." };
        var preview = new Command("preview", "Toon het weekoverzicht zoals het verstuurd wordt: de Adaptive Card, of met --json de gegevens.") { week, audience, municipality, json };
        preview.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryAudience(parseResult.GetValue(audience), out var reader)) return TeamBotCommandLine.ExitBadInput;
            if (!TryWeek(parseResult.GetValue(week), out var asked)) return TeamBotCommandLine.ExitBadInput;
            using var host = await CliServices.StartAsync(parseResult.GetValue(data), loadSample: true, cancellationToken);
            var services = host.Services;
            var (known, gemeente) = await MunicipalityAsync(services, parseResult.GetValue(municipality), cancellationToken);
            if (!known) return TeamBotCommandLine.ExitBadInput;
            var reported = asked ?? services.GetRequiredService<DigestSchedule>().ReportedWeek(services.GetRequiredService<TimeProvider>().GetUtcNow());
            var digest = await services.GetRequiredService<DigestBuilder>().BuildAsync(reported, reader, gemeente, cancellationToken);
            Console.WriteLine(parseResult.GetValue(json)
                ? JsonSerializer.Serialize(digest, Json)
                : JsonSerializer.Serialize(services.GetRequiredService<DigestCards>().Render(digest, ChannelMessengers.ActionStyleFor(ChannelMessengers.TeamsChannelId)).Element, Json));
            return TeamBotCommandLine.ExitOk;
        });
        return preview;
    }

    /// <summary>What was typed, cut short: a message names the input, it does not repeat 100 kB of it.</summary>
    private static string Echo(string? text) => text is { Length: > 40 } ? text[..40] + "…" : text ?? "";

    private static bool TryAudience(string? text, out DigestAudience audience)
    {
        audience = WireNames.Parse<DigestAudience>(text) ?? default;
        if (WireNames.Parse<DigestAudience>(text) is not null) return true;
        Console.Error.WriteLine($"--audience: '{Echo(text)}' ken ik niet; kies {DutchFormat.List(WireNames.All<DigestAudience>().ToList(), "of")}.");
        return false;
    }

    private static bool TryWeek(string? text, out IsoWeek? week)
    {
        week = null;
        if (text is null || IsoWeek.TryParse(text, out week)) return true;
        Console.Error.WriteLine($"--week: '{Echo(text)}' is geen bestaande ISO-week van 2000 tot en met 2999 (verwacht jjjj-Www, bijvoorbeeld 2026-W49).");
        return false;
    }

    /// <returns>The stored gemeente's name (null when none was asked); Known false after the message that it is not one.</returns>
    private static async Task<(bool Known, string? Name)> MunicipalityAsync(IServiceProvider services, string? asked, CancellationToken cancellationToken)
    {
        if (asked is null) return (true, null);
        var known = (await services.GetRequiredService<IRegionStore>().LoadAsync(cancellationToken)).Municipalities.Select(m => m.Name).ToList();
        var cleaned = Core.Questions.QuestionText.Clean(asked);
        if (known.FirstOrDefault(n => string.Equals(n, cleaned, StringComparison.OrdinalIgnoreCase)) is { } name) return (true, name);
        Console.Error.WriteLine(known.Count == 0
            ? "--gemeente: de regio heeft nog geen gemeenten; importeer eerst een werkboek met teambot import."
            : $"--gemeente: '{Echo(asked)}' is geen gemeente van de regio. Bekend: {string.Join(", ", known)}.");
        return (false, null);
    }
}
