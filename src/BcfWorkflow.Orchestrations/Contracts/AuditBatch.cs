namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>Entries to append to a cycle's audit log (each idempotent by its id).</summary>
public sealed record AuditBatch(string CycleId, IReadOnlyList<AuditEntry> Entries);
