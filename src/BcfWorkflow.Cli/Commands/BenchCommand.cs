using System.CommandLine;
using BcfWorkflow.Cli.Bench;

namespace BcfWorkflow.Cli.Commands;

/// <summary><c>bcf bench [--quick] [--areas N] [--contributors M] [--engine inprocess|azurestorage|both]</c>: the per-return
/// figures against a naive baseline, then a simulated quarter on the engines (docs/performance.md).</summary>
public static class BenchCommand
{
    public static Command Create(CliContext context)
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
        var command = new Command("bench", "Measure: parse+validate, aggregate and render against a naive baseline; then a simulated national " +
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
                return await BenchRunner.RunAsync(context, settings, cancellationToken);
            }
            catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or TimeoutException)
            {
                context.Error.WriteLine($"bcf bench: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }

    private static int? Positive(int? value) => value is > 0 ? value : null;
}
