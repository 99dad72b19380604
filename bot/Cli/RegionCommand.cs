using System.CommandLine;
using System.Text.Json;
using TeamBot.Core.Regions;
using TeamBot.Core.Storage;

namespace TeamBot.Bot.Cli;

/// <summary>`teambot region show [--json]`: what is stored now.</summary>
internal static class RegionCommand
{
    private static readonly JsonSerializerOptions Json = CliJson.Indented;

    public static Command Create(Option<string?> data)
    {
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON." };
        var show = new Command("show", "Toon de opgeslagen gemeenten, aanbieders en producten.") { json };
        show.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(parseResult.GetValue(data), loadSample: true, cancellationToken);
            var services = host.Services;
            var store = services.GetRequiredService<IRegionStore>();
            var overview = await RegionOverview.LoadAsync(store, cancellationToken);
            Console.WriteLine(parseResult.GetValue(json) ? JsonSerializer.Serialize(overview, Json) : overview.ToText(services.GetRequiredService<RegionCalendar>()));
            return TeamBotCommandLine.ExitOk;
        });
        return new Command("region", "Regiogegevens bekijken.") { show };
    }
}
