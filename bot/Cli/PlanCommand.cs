using System.CommandLine;
using System.Text.Json;
using TeamBot.Core.Formatting;
using TeamBot.Core.Plans;
using TeamBot.Bot.PlanDocuments;

namespace TeamBot.Bot.Cli;

/// <summary>
/// `teambot plan costs --plan PLAN.yaml [--json]`: the plan's kostenverdelingen split over the stored region's
/// gemeenten. Bad plan data or an allocation that cannot be made: exit 2 with every located problem.
/// </summary>
internal static class PlanCommand
{
    private static readonly JsonSerializerOptions Json = CliJson.Indented;

    /// <summary>The `plan` command; its subcommands each handle one step of making a plan.</summary>
    public static Command Create(Option<string?> data) =>
        new("plan", "Uitvoeringsplannen: kosten verdelen over de gemeenten en het Word-document maken.") { Costs(data), Render(data) };

    private static Command Costs(Option<string?> data)
    {
        var plan = new Option<string>("--plan") { Description = "Het plan-gegevensbestand (YAML), zie docs/plan-format.md.", Required = true };
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON: per kostenverdeling titel, totaal en regels." };
        var command = new Command("costs", "Toon de kostenverdelingen van een plan per gemeente.") { plan, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var loaded = PlanDataLoader.Load(parseResult.GetValue(plan)!);
            if (loaded.Plan is null) return Refuse("Het plan is niet in orde", loaded.Problems);
            using var host = await CliServices.StartAsync(parseResult.GetValue(data), loadSample: true, cancellationToken);
            var result = await host.Services.GetRequiredService<PlanCosts>().CalculateAsync(loaded, cancellationToken);
            if (!result.Succeeded) return Refuse("De kosten kunnen niet verdeeld worden", result.Problems);
            foreach (var warning in result.Warnings) Console.Error.WriteLine(warning);
            Console.Write(parseResult.GetValue(json)
                ? JsonSerializer.Serialize(result.Allocations.Select(CostAllocationJson.ToWire), Json) + Environment.NewLine
                : CostAllocationText.Render(loaded.Plan, result.Allocations));
            return TeamBotCommandLine.ExitOk;
        });
        return command;
    }

    /// <summary>`plan render --plan PLAN.yaml --template NAME --out FILE.docx [--upload] [--pdf]`: see <see cref="PlanRenderVerb"/>.</summary>
    private static Command Render(Option<string?> data)
    {
        var plan = new Option<string>("--plan") { Description = "Het plan-gegevensbestand (YAML), zie docs/plan-format.md.", Required = true };
        var template = new Option<string>("--template") { Description = "De naam van het sjabloon, bijvoorbeeld uitvoeringsplan-jeugd.", Required = true };
        var output = new Option<string>("--out") { Description = "Waar het Word-document (.docx) komt.", Required = true };
        var upload = new Option<bool>("--upload") { Description = "Sla het document ook op in de documentopslag (lokale map of Microsoft 365) en toon de webUrl." };
        var pdf = new Option<bool>("--pdf") { Description = "Maak ook een PDF: naast --out, of met --upload in de documentopslag." };
        var command = new Command("render", "Maak het Word-document van een plan met een sjabloon.") { plan, template, output, upload, pdf };
        command.SetAction((parseResult, cancellationToken) => PlanRenderVerb.RunAsync(
            parseResult.GetValue(data),
            new PlanRenderVerb.Request(parseResult.GetValue(plan)!, parseResult.GetValue(template)!, parseResult.GetValue(output)!, parseResult.GetValue(upload), parseResult.GetValue(pdf)),
            cancellationToken));
        return command;
    }

    private static int Refuse(string what, IReadOnlyList<PlanProblem> problems)
    {
        Console.Error.WriteLine($"{what}: {DutchFormat.Count(problems.Count, "probleem", "problemen")} gevonden.");
        foreach (var problem in problems)
            Console.Error.WriteLine($"- {problem}");
        return TeamBotCommandLine.ExitBadInput;
    }
}
