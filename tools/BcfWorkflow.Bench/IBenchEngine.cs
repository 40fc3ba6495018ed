using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Bench;

/// <summary>A running engine with a worker on the bcf tasks and a client: what the national quarter runs on.</summary>
public interface IBenchEngine : IAsyncDisposable
{
    /// <summary>e.g. "inprocess", "azurestorage".</summary>
    string Name { get; }

    /// <summary>One line saying how it is set up (backend, partitions, concurrency).</summary>
    string Description { get; }

    /// <summary>A client per task hub (most engines have one); area <c>i</c> of a quarter runs on <c>Clients[i % Count]</c>.</summary>
    IReadOnlyList<DurableTaskClient> Clients { get; }

    /// <summary>Raised with the instance id once an orchestration's finished state is stored (see
    /// <c>FinishNotifyingOrchestrationService</c>); handlers must be short and must not throw.</summary>
    event Action<string>? OrchestrationFinished;

    /// <summary>The peak resident memory of a storage process outside this one (Azurite), when there is one.</summary>
    long? StoragePeakBytes { get; }
}
