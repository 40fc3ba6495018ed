using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Bench;

/// <summary>What the bench learns without asking storage: a cycle has asked for sign-off (its audit entry, written
/// after the episode that set the cycle's status to awaiting sign-off was stored), and an orchestration has finished
/// (the engine's notice after the finished state was stored). Each is a task that completes once, whether the signal
/// came before or after the driver asked.</summary>
public sealed class CycleSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> signOffRequested = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> finished = new(StringComparer.Ordinal);

    public Task SignOffRequested(string cycleId) => Signal(signOffRequested, cycleId).Task;

    public Task Finished(string instanceId) => Signal(finished, instanceId).Task;

    public void OnAudit(string cycleId, AuditEntry entry)
    {
        if (entry.Action == AuditActions.SignOffRequested)
        {
            Signal(signOffRequested, cycleId).TrySetResult();
        }
    }

    public void OnFinished(string instanceId) => Signal(finished, instanceId).TrySetResult();

    // Continuations run on the pool, never on the engine's dispatcher or the activity that raised the signal.
    private static TaskCompletionSource Signal(ConcurrentDictionary<string, TaskCompletionSource> signals, string id) =>
        signals.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
