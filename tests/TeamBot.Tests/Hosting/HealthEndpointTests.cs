using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Hosting;
using TeamBot.Storage.Sqlite;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Hosting;

/// <summary>/healthz: the process answers. /readyz: questions can be answered and logged now, with the reason when not.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task The_host_answers_healthz_after_migrating_and_loading_the_sample()
    {
        await using var host = await StartedHost.StartAsync();

        var response = await host.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(Path.Combine(host.Folder.File("data"), "teambot.db")));
    }

    [Fact]
    public async Task Readyz_reports_a_writable_database_and_the_loaded_search_index()
    {
        await using var host = await StartedHost.StartAsync();

        var (status, report) = await host.ReadyAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Contains("writable", Check(report, "database"));
        Assert.Contains("document sections indexed", Check(report, "knowledge"));
    }

    [Fact]
    public async Task A_database_that_refuses_writes_is_not_ready_while_healthz_stays_live()
    {
        await using var host = await StartedHost.StartAsync();
        await using (var connection = await host.App.Services.GetRequiredService<SqliteDatabase>().OpenAsync())
        {
            // What SQLite says on a full disk, for every write the probe makes.
            await connection.ExecuteAsync("""
                CREATE TRIGGER full_disk_insert BEFORE INSERT ON readiness_probe BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
                CREATE TRIGGER full_disk_update BEFORE UPDATE ON readiness_probe BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
                """);
        }

        var (status, report) = await host.ReadyAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("disk is full", Check(report, "database"));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Too_little_free_space_in_the_data_folder_is_not_ready()
    {
        await using var host = await StartedHost.StartAsync(settings: ["--Storage:MinimumFreeMegabytes=2147483647"]);

        var (status, report) = await host.ReadyAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("MB free", Check(report, "database"));
    }

    [Fact]
    public async Task Without_an_imported_region_the_host_is_not_ready()
    {
        await using var host = await StartedHost.StartAsync(loadSample: false);

        var (status, report) = await host.ReadyAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("no region imported", Check(report, "knowledge"));
    }

    private static string Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("description").GetString()!;

    private sealed class StartedHost : IAsyncDisposable
    {
        public TempDirectory Folder { get; } = new();

        public WebApplication App { get; private set; } = null!;

        public HttpClient Http { get; private set; } = null!;

        public static async Task<StartedHost> StartAsync(bool loadSample = true, string[]? settings = null)
        {
            var host = new StartedHost();
            var url = $"http://127.0.0.1:{FreePort()}";
            host.App = TeamBotHost.Build(["--urls", url, .. settings ?? []], host.Folder.File("data"));
            await host.App.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample);
            await host.App.StartAsync();
            host.Http = new HttpClient { BaseAddress = new Uri(url) };
            return host;
        }

        public async Task<(HttpStatusCode Status, JsonElement Report)> ReadyAsync()
        {
            var response = await Http.GetAsync("/readyz");
            return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
            Folder.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
