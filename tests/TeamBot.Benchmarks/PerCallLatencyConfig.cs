using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace TeamBot.Benchmarks;

/// <summary>One call per measurement, many measurements: the percentile columns are per-call latencies across a varied mix.</summary>
public sealed class PerCallLatencyConfig : ManualConfig
{
    public PerCallLatencyConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithWarmupCount(24).WithIterationCount(600));
        AddColumn(new PercentileColumn(50), new PercentileColumn(95), new PercentileColumn(99));
    }
}
