using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamBot.Bot.Hosting;
using TeamBot.Core.Documents;
using TeamBot.Core.PlanDocuments;
using TeamBot.Core.Plans;
using TeamBot.Core.Questions.Statistics;
using TeamBot.Core.Storage;

namespace TeamBot.Benchmarks;

/// <summary>
/// The full sample uitvoeringsplan-jeugd (seed 000: 16 gemeenten, 7 hoofdprocessen, two cost tables) rendered warm:
/// by TeamBot from the plan YAML, by TeamBot from the ready model, and by docxtemplater on Node from the same model
/// and an equivalent template, in one long-lived Node process. The Node figure includes a stdin/stdout round trip;
/// Node's own per-render time is in the "docxtemplater (in Node)" line of the log.
/// </summary>
[Config(typeof(Config))]
public class PlanRenderBenchmarks
{
    private const string Template = "uitvoeringsplan-jeugd";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string _folder = null!;
    private ServiceProvider _services = null!;
    private PlanDocumentService _documents = null!;
    private DocxTemplateRenderer _renderer = null!;
    private string _planYaml = null!;
    private byte[] _template = null!;
    private JsonElement _model;
    private Process _node = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "teambot-bench-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().Build();
        _services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddTeamBot(configuration, _folder)
            .BuildServiceProvider();
        _services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true).GetAwaiter().GetResult();
        _documents = _services.GetRequiredService<PlanDocumentService>();
        _renderer = _services.GetRequiredService<DocxTemplateRenderer>();
        _planYaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "plans", "uitvoeringsplan-jeugd-2021.yaml"));
        _template = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "templates", "documents", Template + ".xml"));
        _model = JsonSerializer.SerializeToElement(BuildModel(), Json);
        _node = StartDocxtemplater();
        Console.WriteLine($"// TeamBot .docx: {RenderFromYaml().Length} bytes; docxtemplater .docx: {Ask("render")}");
        Console.WriteLine($"// docxtemplater (in Node): {Ask("time 200")} ms per render over 200 warm renders");
    }

    [Benchmark(Baseline = true, Description = "TeamBot: plan YAML -> costs -> .docx")]
    public byte[] RenderFromYaml()
    {
        var result = _documents.RenderAsync(_planYaml, "uitvoeringsplan-jeugd-2021.yaml", Template).GetAwaiter().GetResult();
        return result.Document ?? throw new InvalidOperationException(string.Join("\n", result.Problems));
    }

    [Benchmark(Description = "TeamBot: model -> .docx (Scriban)")]
    public byte[] RenderModel()
    {
        var result = _renderer.Render(_template, Template + ".xml", _model);
        return FlatOpcPackage.ToDocx(result.Document ?? throw new InvalidOperationException(string.Join("\n", result.Problems)));
    }

    [Benchmark(Description = "docxtemplater 3.71 on Node: model -> .docx")]
    public string RenderWithDocxtemplater() => Ask("render");

    [GlobalCleanup]
    public void Cleanup()
    {
        Ask("time 1");
        _node.StandardInput.Close();
        if (!_node.WaitForExit(5000)) _node.Kill();
        _node.Dispose();
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private PlanDocumentModel BuildModel()
    {
        var plan = PlanDataLoader.Parse(_planYaml, "plan.yaml").Plan!;
        var region = _services.GetRequiredService<IRegionStore>().LoadAsync().GetAwaiter().GetResult();
        var questions = _services.GetRequiredService<QuestionStatisticsService>().CalculateAsync(StatisticsPeriod.Year(plan.Year)).GetAwaiter().GetResult();
        return PlanDocumentModel.From(plan, CostAllocator.Allocate(plan, region).Allocations, questions, new DateOnly(2026, 11, 22));
    }

    /// <summary>The Node side gets the same model as JSON and the docxtemplater variant of the template as a .docx.</summary>
    private Process StartDocxtemplater()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "TeamBot.Benchmarks", "docxtemplater");
        if (!Directory.Exists(Path.Combine(folder, "node_modules"))) Run("npm", "ci --no-audit --no-fund --loglevel=error", folder);
        var template = Path.Combine(_folder, "template.docx");
        File.WriteAllBytes(template, FlatOpcPackage.ToDocx(File.ReadAllBytes(Path.Combine(folder, Template + ".docxtemplater.xml"))));
        var data = Path.Combine(_folder, "model.json");
        File.WriteAllText(data, _model.GetRawText());
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "render.js", template, data }) start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
    }

    private string Ask(string command)
    {
        _node.StandardInput.WriteLine(command);
        _node.StandardInput.Flush();
        var answer = _node.StandardOutput.ReadLine() ?? throw new InvalidOperationException("docxtemplater stopped");
        return answer.StartsWith("error", StringComparison.Ordinal) ? throw new InvalidOperationException(answer) : answer;
    }

    private static void Run(string program, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, UseShellExecute = false })!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {arguments} failed in {folder}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "TeamBot.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No TeamBot.sln above {AppContext.BaseDirectory}.");
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(10).WithIterationCount(30));
        }
    }
}
