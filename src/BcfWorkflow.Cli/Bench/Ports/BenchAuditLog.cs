using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Cli.Bench.Ports;

/// <summary>The audit in memory, idempotent by entry id; tells <see cref="Appended"/> of every new entry.</summary>
public sealed class BenchAuditLog : IAuditLog
{
    private readonly ConcurrentDictionary<string, List<AuditEntry>> logs = new();

    /// <summary>Raised with the cycle id and the entry after a new entry is stored (on the activity's thread; handlers
    /// must be short and must not throw).</summary>
    public event Action<string, AuditEntry>? Appended;

    public Task AppendAsync(string cycleId, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var log = logs.GetOrAdd(cycleId, _ => []);
        bool added;
        lock (log)
        {
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
        if (!logs.TryGetValue(cycleId, out var log))
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>([]);
        }
        lock (log)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>([.. log]);
        }
    }
}
