using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Ports;

/// <summary>The cycle's append-only audit log, later blob <c>audit/{cycleId}.jsonl</c>.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry; an entry whose <see cref="AuditEntry.Id"/> is already there is not appended again.</summary>
    Task AppendAsync(string cycleId, AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entries in the order appended (empty when none).</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(string cycleId, CancellationToken cancellationToken = default);
}
