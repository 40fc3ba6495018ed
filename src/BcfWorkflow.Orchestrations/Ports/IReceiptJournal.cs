using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Ports;

/// <summary>A write-ahead record of what the service acknowledged, for stores that are not durable at the moment they
/// answer: the local host's Azurite keeps its metadata in memory and saves it every five seconds, so a crash of the
/// machine takes back writes it had confirmed. The local host journals each acknowledgement to disk (fsynced) before the
/// 202 and replays it on start; Azure Storage is durable when it answers, so the Functions app needs none
/// (<see cref="NoReceiptJournal"/>). docs/design/durable-receipts.md.</summary>
public interface IReceiptJournal
{
    /// <summary>A version stored, with its bytes and its audit entry.</summary>
    Task RecordReturnAsync(StoredReturn stored, byte[] content, AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>An event about to be raised to an orchestration (the lead's decision, a close of collection).</summary>
    Task RecordEventAsync(string instanceId, string eventName, object payload, CancellationToken cancellationToken = default);

    /// <summary>An orchestration about to be scheduled (a cycle opened).</summary>
    Task RecordStartAsync(string instanceId, string orchestratorName, object input, CancellationToken cancellationToken = default);
}

/// <summary>For stores that are durable when they answer (Azure Storage): records nothing.</summary>
public sealed class NoReceiptJournal : IReceiptJournal
{
    public static readonly NoReceiptJournal Instance = new();

    public Task RecordReturnAsync(StoredReturn stored, byte[] content, AuditEntry entry, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task RecordEventAsync(string instanceId, string eventName, object payload, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task RecordStartAsync(string instanceId, string orchestratorName, object input, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
