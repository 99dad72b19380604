using TeamBot.Core.Plans;

namespace TeamBot.Tests.Plans;

/// <summary>The plan data files shipped in templates/plans: complete documents' data from the seeds.</summary>
public sealed class SamplePlanTests
{
    [Theory]
    [InlineData("uitvoeringsplan-jeugd-2021.yaml")]
    [InlineData("uitvoeringsplan-wmo-2023.yaml")]
    [InlineData("evaluatie-2019.yaml")]
    public void Each_shipped_plan_loads_and_allocates_its_costs_without_problems(string fileName)
    {
        var loaded = PlanDataLoader.Load(PlanTestData.ShippedPlan(fileName));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));

        var allocated = CostAllocator.Allocate(loaded.Plan!, PlanTestData.SampleRegion);

        Assert.True(allocated.Succeeded, string.Join("\n", allocated.Problems));
        Assert.Equal(loaded.Plan!.CostAllocations.Count, allocated.Allocations.Count);
    }

    [Fact]
    public void The_jeugd_plan_has_the_seven_hoofdprocessen_of_the_sla_with_their_acties()
    {
        var plan = Load("uitvoeringsplan-jeugd-2021.yaml");

        Assert.Equal((2021, "Zuid-Limburg", "1", "Definitief"), (plan.Year, plan.Region, plan.Version, plan.Status));
        Assert.Equal(
            ["Beleidsvorming", "Verwerven jeugdhulp en zorg afnemen", "Beheersen en afnemen van Jeugdhulp", "Samenwerking en communicatie",
             "Ondersteunende processen", "Informatiemanagement", "Ontwikkelen en innoveren"],
            plan.MainProcesses.Select(p => p.Name));
        Assert.All(plan.MainProcesses, p => Assert.NotEmpty(p.Actions));
        Assert.Equal(["Normaliseren", "Integrale hulp en regie", "“in control zijn”", "Sturen op resultaten"], plan.Priorities!.Items);
        Assert.Equal(9, plan.Emphasis.Count);
        Assert.Equal(
            ["Communicatie naar aanbieders en toegangsteams Jeugd/Wmo-BW tav borgen continuïteit zorg.", "Doorontwikkelen stuurinformatie"],
            plan.AllActions.Where(a => a.OutsideSla).Select(a => a.Text.Split('\n')[0]));
        Assert.Equal([6.7m, 6.1m, 7.0m, 5.7m], plan.SlaTargets.Where(a => a.SlaTarget!.Score is not null).Select(a => a.SlaTarget!.Score!.Value));
        Assert.Equal("1e kwartaal", plan.General!.Actions[0].Due!.Text);
        Assert.Equal(7, plan.Staffing!.Lines.Count);
    }

    [Fact]
    public void The_evaluation_gives_every_actie_a_stand_van_zaken_or_a_score()
    {
        var plan = Load("evaluatie-2019.yaml");

        Assert.True(plan.IsEvaluation);
        Assert.Equal(7, plan.MainProcesses.Count);
        var withoutState = plan.AllActions
            .Where(a => a.Progress is null && a.SlaTarget is null)
            .Select(a => a.Text)
            .ToList();
        // The seed leaves these rows' stand van zaken empty.
        Assert.Equal(
            ["Vaststellen bijdrage gemeenten o.b.v. verdeelsleutel",
             "Opstellen regionaal risicomanagement/materiele controleplan en ontwikkelen kaders en hulpmiddelen (onderscheid centrumgemeente en deelnemende gemeenten)",
             "Benoemen risicomanager (gemeenten en centrumgemeente)",
             "Beschikbaarheid en functioneel beheer ZorgNed", "Wijzigingen ZorgNed tijdig delen met toegang", "ZorgNed 99% beschikbaar",
             "Voldoen aan wet en regelgeving: specifiek persoonsgegevens versleuteld verzenden, elkaar informeren over datalek, aanvullende afspraken in verwerkersovereenkomsten"],
            withoutState);
        Assert.Contains(plan.Staffing!.Lines, l => l is { Description: "Vragen van toegang/aanbieders", Hours: 1500 });
    }

    [Fact]
    public void The_wmo_plan_reproduces_the_seed_003_costs_per_gemeente_and_adds_up_exactly()
    {
        var plan = Load("uitvoeringsplan-wmo-2023.yaml");
        var allocation = CostAllocator.Allocate(plan, PlanTestData.SampleRegion).Allocations.Single();

        // Seed 003 §4 "Uitvoeringskosten", column "Kosten" per gemeente (whole euros).
        Assert.Equal(
            [("Eijsden-Margraten", 31081m), ("Gulpen-Wittem", 17257m), ("Maastricht", 147258m),
             ("Meerssen", 23015m), ("Vaals", 12226m), ("Valkenburg aan de Geul", 19951m)],
            allocation.Lines.Select(l => (l.Gemeente, l.Amount)));
        Assert.Equal(250788m, allocation.Total);
        Assert.Equal(allocation.Total, allocation.Lines.Sum(l => l.Amount));
        // Seed 003: the hours column adds up to 2296.
        Assert.Equal(2296m, plan.MunicipalityTasks.Sum(t => t.Hours));
    }

    private static ExecutionPlan Load(string fileName) => PlanDataLoader.Load(PlanTestData.ShippedPlan(fileName)).Plan!;
}
