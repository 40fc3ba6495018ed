using BcfWorkflow.Cli.Bench.Ports;
using BcfWorkflow.LocalHost.Engine;
using BcfWorkflow.LocalHost.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BcfWorkflow.Cli.Bench;

/// <summary>The local durable engine as <c>bcf serve</c> runs it: Azurite (in memory here), the Durable Task sidecar over
/// the Azure Storage backend (<see cref="DurableEngine"/>), and a worker and client on its channel.</summary>
public sealed class AzureStorageEngine : IBenchEngine
{
    private readonly AzuriteProcess azurite;
    private readonly DurableEngine engine;
    private readonly IHost worker;

    private AzureStorageEngine(AzuriteProcess azurite, DurableEngine engine, IHost worker, string description)
    {
        this.azurite = azurite;
        this.engine = engine;
        this.worker = worker;
        Description = description;
    }

    public string Name => "azurestorage";
    public string Description { get; }
    public DurableTaskClient Client => worker.Services.GetRequiredService<DurableTaskClient>();

    public event Action<string>? OrchestrationFinished
    {
        add => engine.OrchestrationFinished += value;
        remove => engine.OrchestrationFinished -= value;
    }
    public long? StoragePeakBytes => ProcessMemory.PeakResidentBytes(azurite.ProcessId);

    public static async Task<AzureStorageEngine> StartAsync(BenchPorts ports, DurableEngineOptions options, int workerConcurrency, CancellationToken cancellationToken)
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true }, cancellationToken: cancellationToken);
        DurableEngine? engine = null;
        try
        {
            engine = await DurableEngine.StartAsync(azurite.ConnectionString, options, cancellationToken: cancellationToken);
            var worker = await BenchWorkerHost.StartAsync(engine.Channel, ports, workerConcurrency, cancellationToken);
            var description = $"Azure Storage backend on Azurite (in memory), {options.PartitionCount} partitions, " +
                $"polling at most {options.MaxQueuePollingInterval.TotalMilliseconds:0} ms, worker {workerConcurrency} work items at once";
            return new AzureStorageEngine(azurite, engine, worker, description);
        }
        catch
        {
            if (engine is not null)
            {
                await engine.DisposeAsync();
            }
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await worker.StopAsync();
            worker.Dispose();
            await engine.DisposeAsync();
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }
}
