using BcfWorkflow.LocalHost.Engine;
using BcfWorkflow.Testing.Ports;

namespace BcfWorkflow.Bench;

/// <summary>Runs the bench: the domain figures, then the simulated quarter on each engine asked for, then the anchor.</summary>
public static class BenchRunner
{
    private const int SchemesPerContributor = 10;

    public static async Task RunAsync(TextWriter output, BenchSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        var report = new BenchReport(output);
        report.Machine(settings);
        report.Domain(DomainBench.Run(settings.DomainWarmup, settings.DomainIterations));
        output.Flush();

        var quarter = new QuarterSettings(settings.Areas, settings.Contributors, SchemesPerContributor, settings.Parallelism,
            ContributorsDue(settings), settings.Quick ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(60));
        if (settings.Runs(BenchEngineChoice.InProcess))
        {
            var ports = new InMemoryPorts(keepEmails: false);
            await using var engine = await InProcessEngine.StartAsync(ports, settings.Concurrency, cancellationToken);
            report.Quarter(await NationalQuarter.RunAsync(engine, ports, quarter, cancellationToken));
            output.Flush();
        }
        if (settings.Runs(BenchEngineChoice.AzureStorage))
        {
            var ports = new InMemoryPorts(keepEmails: false);
            await using var engine = await AzureStorageEngine.StartAsync(ports, EngineOptions(settings), settings.TaskHubs, settings.Concurrency, cancellationToken);
            report.Quarter(await NationalQuarter.RunAsync(engine, ports, quarter, cancellationToken));
        }
        report.Anchor();
    }

    /// <summary>Seconds, but long enough that no reminder fires while a healthy run submits (about 0.5 s a submission
    /// budgeted, at least a minute).</summary>
    private static TimeSpan ContributorsDue(BenchSettings settings) =>
        TimeSpan.FromSeconds(Math.Max(60, settings.Areas * settings.Contributors / 2));

    private static DurableEngineOptions EngineOptions(BenchSettings settings)
    {
        var options = new DurableEngineOptions { TaskHubName = "bcfbench", NotifyFinishedOrchestrations = true };
        if (settings.Partitions is { } partitions)
        {
            options = options with { PartitionCount = partitions };
        }
        if (settings.PollingMilliseconds is { } polling)
        {
            options = options with { MaxQueuePollingInterval = TimeSpan.FromMilliseconds(polling) };
        }
        return options;
    }
}
