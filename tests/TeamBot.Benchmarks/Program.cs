using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TeamBot.Benchmarks.QuestionBenchmarks).Assembly).Run(args);
