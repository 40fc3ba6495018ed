using BcfWorkflow.LocalHost.Engine;
using BcfWorkflow.LocalHost.Storage;
using BcfWorkflow.Testing.Ports;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BcfWorkflow.Bench;

/// <summary>The local durable engine as <c>bcf serve</c> runs it: Azurite (in memory here), the Durable Task sidecar over
/// the Azure Storage backend (<see cref="DurableEngine"/>), and a worker and client on its channel; or several of
/// them, one per task hub, on the same Azurite.</summary>
/// <remarks>Why several: Azurite answers every table query by scanning the whole table (its LokiJS store filters with a
/// predicate, not the PartitionKey index), so each history load costs time in proportion to every instance's history in
/// the task hub, and a national quarter in one hub slows quadratically. Task hubs have their own tables; real Azure
/// Table storage indexes the partition key and does not need this.</remarks>
public sealed class AzureStorageEngine : IBenchEngine
{
    private readonly AzuriteProcess azurite;
    private readonly List<(DurableEngine Engine, IHost Worker)> hubs;

    private AzureStorageEngine(AzuriteProcess azurite, List<(DurableEngine, IHost)> hubs, string description)
    {
        this.azurite = azurite;
        this.hubs = hubs;
        Description = description;
    }

    public string Name => "azurestorage";
    public string Description { get; }
    public IReadOnlyList<DurableTaskClient> Clients => [.. hubs.Select(h => h.Worker.Services.GetRequiredService<DurableTaskClient>())];

    public event Action<string>? OrchestrationFinished
    {
        add => hubs.ForEach(h => h.Engine.OrchestrationFinished += value);
        remove => hubs.ForEach(h => h.Engine.OrchestrationFinished -= value);
    }
    public long? StoragePeakBytes => ProcessMemory.PeakResidentBytes(azurite.ProcessId);

    /// <param name="hubCount">Task hubs, each with its own sidecar and worker: <c>{TaskHubName}0</c>, <c>{TaskHubName}1</c>, ...
    /// when more than one.</param>
    public static async Task<AzureStorageEngine> StartAsync(InMemoryPorts ports, DurableEngineOptions options, int hubCount, int workerConcurrency,
        CancellationToken cancellationToken)
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true }, cancellationToken: cancellationToken);
        var hubs = new List<(DurableEngine, IHost)>();
        var engine = new AzureStorageEngine(azurite, hubs,
            $"Azure Storage backend on Azurite (in memory), {hubCount} task hub{(hubCount == 1 ? "" : "s")} of {options.PartitionCount} partition(s), " +
            $"polling at most {options.MaxQueuePollingInterval.TotalMilliseconds:0} ms, worker {workerConcurrency} work items at once per hub");
        try
        {
            for (var i = 0; i < hubCount; i++)
            {
                var hubOptions = hubCount == 1 ? options : options with { TaskHubName = $"{options.TaskHubName}{i}" };
                var durable = await DurableEngine.StartAsync(azurite.ConnectionString, hubOptions, cancellationToken: cancellationToken);
                try
                {
                    hubs.Add((durable, await BenchWorkerHost.StartAsync(durable.Channel, ports, workerConcurrency, cancellationToken)));
                }
                catch
                {
                    await durable.DisposeAsync();
                    throw;
                }
            }
            return engine;
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var (durable, worker) in hubs)
            {
                await worker.StopAsync();
                worker.Dispose();
                await durable.DisposeAsync();
            }
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }
}
