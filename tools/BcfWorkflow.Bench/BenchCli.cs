using System.CommandLine;

namespace BcfWorkflow.Bench;

/// <summary><c>bcf-bench [--quick] [--areas N] [--contributors M] [--engine inprocess|azurestorage|both]</c> (also run as
/// <c>bcf bench</c>): the per-return figures against a naive baseline, then a simulated quarter on the engines
/// (docs/performance.md). Exit codes are bcf's: 0 done, 2 wrong command line, 3 the run failed.</summary>
public static class BenchCli
{
    public const int Success = 0;
    public const int Usage = 2;
    public const int Failed = 3;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var parsed = CreateRootCommand(stdout, stderr).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"bcf bench: {error.Message}");
            }
            stderr.WriteLine("Run 'bcf bench -- --help' or 'bash scripts/bench.sh --help' for usage.");
            return Usage;
        }
        // Ctrl+C and SIGTERM cancel the run's token; the engines and Azurite need a few seconds to stop.
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
    }

    public static RootCommand CreateRootCommand(TextWriter stdout, TextWriter stderr)
    {
        var quick = new Option<bool>("--quick") { Description = "Tiny sizes (2 areas x 3 contributors, few domain runs): a smoke test in seconds." };
        var areas = new Option<int?>("--areas") { Description = $"Areas in the simulated quarter (default {BenchSettings.DefaultAreas}).", HelpName = "N" };
        var contributors = new Option<int?>("--contributors") { Description = $"Contributors per area (default {BenchSettings.DefaultContributors}).", HelpName = "M" };
        var engine = new Option<string>("--engine")
        {
            Description = "Which engine runs the quarter.",
            DefaultValueFactory = _ => "both",
            HelpName = "inprocess|azurestorage|both",
        };
        engine.AcceptOnlyFromAmong("inprocess", "azurestorage", "both");
        var iterations = new Option<int?>("--iterations") { Description = "Timed runs of each domain step (default 200; 20 with --quick).", HelpName = "K" };
        var parallelism = new Option<int>("--parallelism") { Description = "Calls the driver makes to the engine at once.", DefaultValueFactory = _ => 16, HelpName = "P" };
        var concurrency = new Option<int>("--concurrency") { Description = "Work items the worker runs at once.", DefaultValueFactory = _ => 32, HelpName = "C" };
        var partitions = new Option<int?>("--partitions") { Description = "Azure Storage backend partitions (default: the engine's).", HelpName = "N" };
        var hubs = new Option<int?>("--hubs")
        {
            Description = "Task hubs the durable engine spreads the areas over, each with its own tables (default 1).",
            HelpName = "H",
        };
        var polling = new Option<int?>("--polling-ms") { Description = "Azure Storage backend MaxQueuePollingInterval in ms (default: the engine's).", HelpName = "MS" };
        var command = new RootCommand("Measure: parse+validate, aggregate and render against a naive baseline; then a simulated national " +
            "quarter (N areas x M contributors, compressed clock) on the in-process and the durable local engine.")
        {
            quick, areas, contributors, engine, iterations, parallelism, concurrency, partitions, polling, hubs,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var isQuick = parsed.GetValue(quick);
            var settings = new BenchSettings(
                isQuick,
                Positive(parsed.GetValue(areas)) ?? (isQuick ? BenchSettings.QuickAreas : BenchSettings.DefaultAreas),
                Positive(parsed.GetValue(contributors)) ?? (isQuick ? BenchSettings.QuickContributors : BenchSettings.DefaultContributors),
                parsed.GetValue(engine) switch { "inprocess" => BenchEngineChoice.InProcess, "azurestorage" => BenchEngineChoice.AzureStorage, _ => BenchEngineChoice.Both },
                Positive(parsed.GetValue(iterations)) ?? (isQuick ? 20 : 200),
                Math.Max(1, parsed.GetValue(parallelism)),
                Math.Max(1, parsed.GetValue(concurrency)),
                Positive(parsed.GetValue(partitions)),
                Positive(parsed.GetValue(polling)),
                Positive(parsed.GetValue(hubs)) ?? 1);
            try
            {
                await BenchRunner.RunAsync(stdout, settings, cancellationToken);
                return Success;
            }
            catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or TimeoutException)
            {
                stderr.WriteLine($"bcf bench: {e.Message}");
                return Failed;
            }
        });
        return command;
    }

    private static int? Positive(int? value) => value is > 0 ? value : null;
}
