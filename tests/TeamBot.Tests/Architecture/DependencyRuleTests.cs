using NetArchTest.Rules;

namespace TeamBot.Tests.Architecture;

public sealed class DependencyRuleTests
{
    private static readonly ProjectGraph Repository = ProjectGraph.ReadFromRepository();

    [Fact]
    public void The_projects_of_the_repository_keep_the_one_way_dependency_rule()
    {
        Assert.Empty(DependencyRule.Breaches(Repository));
    }

    [Fact]
    public void The_solution_has_core_the_five_adapters_and_the_host()
    {
        Assert.Equal(
            ["TeamBot.Bot", "TeamBot.BotFramework", "TeamBot.Core", "TeamBot.Identity", "TeamBot.Microsoft365", "TeamBot.Storage.Postgres", "TeamBot.Storage.Sqlite"],
            Repository.Projects.Select(p => p.Name));
    }

    [Fact]
    public void An_adapter_referencing_another_adapter_is_a_breach()
    {
        var graph = WithReference(Repository, "TeamBot.Storage.Sqlite", "TeamBot.BotFramework");

        Assert.Equal(["TeamBot.Storage.Sqlite references TeamBot.BotFramework; only the host (TeamBot.Bot) composes projects"], DependencyRule.Breaches(graph));
    }

    [Fact]
    public void Core_referencing_any_project_or_a_remote_technology_is_a_breach()
    {
        var core = Repository[ProjectGraph.Core];
        var broken = core with
        {
            ProjectReferences = [.. core.ProjectReferences, "TeamBot.Storage.Sqlite"],
            PackageReferences = [.. core.PackageReferences, "Microsoft.AspNetCore.Authentication.JwtBearer"],
        };
        var graph = new ProjectGraph(Repository.Projects.Select(p => p.Name == core.Name ? broken : p).ToList());

        Assert.Equal(
            [
                "TeamBot.Core references TeamBot.Storage.Sqlite; only the host (TeamBot.Bot) composes projects",
                "TeamBot.Core references Microsoft.AspNetCore.Authentication.JwtBearer; core knows no web, database, Graph or identity technology",
            ],
            DependencyRule.Breaches(graph));
    }

    [Fact]
    public void A_remote_technology_package_in_the_host_is_a_breach()
    {
        var host = Repository[ProjectGraph.Host];
        var graph = new ProjectGraph(Repository.Projects
            .Select(p => p == host ? host with { PackageReferences = [.. host.PackageReferences, "Microsoft.Data.Sqlite"] } : p).ToList());

        Assert.Equal(["Microsoft.Data.Sqlite is referenced by [TeamBot.Bot, TeamBot.Storage.Sqlite]; it belongs in TeamBot.Storage.Sqlite only"], DependencyRule.Breaches(graph));
    }

    [Fact]
    public void Core_types_use_no_web_database_graph_or_identity_namespace()
    {
        var result = Types.InAssembly(typeof(TeamBot.Core.TeamBotCoreServiceCollectionExtensions).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "Npgsql", "Microsoft.Graph", "Microsoft.IdentityModel", "Azure", "Dapper")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_protocol_project_knows_nothing_of_questions_cards_or_storage()
    {
        var result = Types.InAssembly(typeof(TeamBot.BotFramework.Activity).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("TeamBot.Core.Questions", "TeamBot.Core.Cards", "TeamBot.Core.Storage", "TeamBot.Core.Escalations", "TeamBot.Storage")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    private static ProjectGraph WithReference(ProjectGraph graph, string from, string to) =>
        new(graph.Projects.Select(p => p.Name == from ? p with { ProjectReferences = [.. p.ProjectReferences, to] } : p).ToList());
}
