using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Testing.Ports;

/// <summary>The audit in memory, idempotent by entry id; tells <see cref="Appended"/> of every new entry.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<AuditEntry>> logs = [];

    /// <summary>Raised with the cycle id and the entry after a new entry is stored (on the activity's thread; handlers
    /// must be short and must not throw). The bench approves a cycle when its sign-off request is audited.</summary>
    public event Action<string, AuditEntry>? Appended;

    public Task AppendAsync(string cycleId, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        bool added;
        lock (gate)
        {
            if (!logs.TryGetValue(cycleId, out var log))
            {
                logs[cycleId] = log = [];
            }
            added = !log.Any(e => e.Id == entry.Id);
            if (added)
            {
                log.Add(entry);
            }
        }
        if (added)
        {
            Appended?.Invoke(cycleId, entry);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<AuditEntry> entries = logs.TryGetValue(cycleId, out var log) ? [.. log] : [];
            return Task.FromResult(entries);
        }
    }
}
