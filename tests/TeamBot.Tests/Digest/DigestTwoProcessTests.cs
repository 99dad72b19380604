using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TeamBot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamBot.Tests.Digest;

/// <summary>
/// Two real `teambot serve` processes on one data folder, both checking every second whether the digest is due: the
/// Bot Connector (WireMock) gets one card per configured channel, however often and however concurrently they check.
/// </summary>
public sealed class DigestTwoProcessTests
{
    private static readonly string[] Channels = ["19:inkoopteam@thread.tacv2", "19:toegang-heerlen@thread.tacv2", "19:toegang-kerkrade@thread.tacv2"];

    [Fact]
    public async Task Two_host_processes_on_one_database_post_one_card_per_channel()
    {
        using var folder = new TempDirectory();
        using var connector = WireMockServer.Start();
        connector.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"id":"posted"}"""));
        var settings = Settings(folder.File("data"), connector.Url!);

        await using var first = await ServedTeamBot.StartAsync(settings);
        await using var second = await ServedTeamBot.StartAsync(settings);
        await WaitForAsync(() => Posts(connector).Count >= Channels.Length, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(4)); // several more checks by both processes

        var posts = Posts(connector);
        Assert.Equal(Channels.Order(StringComparer.Ordinal), posts.Order(StringComparer.Ordinal));
        Assert.True(first.IsRunning && second.IsRunning, first.Output + second.Output);
    }

    private static List<string> Posts(WireMockServer connector) =>
        connector.LogEntries.Where(e => e.RequestMessage.Method == "POST")
            .Select(e => e.RequestMessage.Path.Split('/')[3]).ToList();

    private static string[] Settings(string data, string serviceUrl)
    {
        var settings = new List<string> { "--data", data, "--Digest:Schedule=* * * * *", "--Digest:CheckInterval=00:00:01" };
        for (var i = 0; i < Channels.Length; i++)
        {
            settings.Add($"--Digest:Channels:{i}:ConversationId={Channels[i]}");
            settings.Add($"--Digest:Channels:{i}:ServiceUrl={serviceUrl}/");
            settings.Add($"--Digest:Channels:{i}:Audience={(i == 0 ? "inkoopteam" : "toegangen")}");
        }
        return [.. settings];
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < timeout) await Task.Delay(200);
    }

    /// <summary>The built host as a process of its own on a free port, stopped (killed) at the end.</summary>
    private sealed class ServedTeamBot : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _output = new();

        private ServedTeamBot(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public bool IsRunning => !_process.HasExited;

        public string Output { get { lock (_output) return _output.ToString(); } }

        public static async Task<ServedTeamBot> StartAsync(string[] settings)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "teambot.dll"), "serve", "--urls", url, .. settings]) start.ArgumentList.Add(arg);
            start.Environment.Remove("TEAMBOT_DATA");
            var served = new ServedTeamBot(Process.Start(start)!);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            await WaitForAsync(() => served.IsHealthy(http), TimeSpan.FromSeconds(60));
            return served;
        }

        private bool IsHealthy(HttpClient http)
        {
            try
            {
                return IsRunning && http.GetAsync("/healthz").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            if (IsRunning) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
