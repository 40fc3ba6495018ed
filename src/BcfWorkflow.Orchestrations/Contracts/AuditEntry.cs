namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>One line of the cycle's audit log (<c>audit/{cycleId}.jsonl</c>). Appending the same <paramref name="Id"/> twice keeps one entry.</summary>
/// <param name="From">Where the action came from when it matters (e.g. the return's blob name), otherwise null.</param>
public sealed record AuditEntry(string Id, DateTimeOffset At, string Actor, string Action, string Detail, string? From = null);

/// <summary>Entries to append to a cycle's audit log (each idempotent by its id).</summary>
public sealed record AuditBatch(string CycleId, IReadOnlyList<AuditEntry> Entries);
