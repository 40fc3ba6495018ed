using BenchmarkDotNet.Running;

// dotnet run -c Release --project tools/BcfWorkflow.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(BcfWorkflow.Benchmarks.QuarterlyReturnBenchmarks).Assembly).Run(args);
