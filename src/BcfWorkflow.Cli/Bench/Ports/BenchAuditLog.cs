using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Cli.Bench.Ports;

/// <summary>The audit in memory, idempotent by entry id.</summary>
public sealed class BenchAuditLog : IAuditLog
{
    private readonly ConcurrentDictionary<string, List<AuditEntry>> logs = new();

    public Task AppendAsync(string cycleId, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var log = logs.GetOrAdd(cycleId, _ => []);
        lock (log)
        {
            if (!log.Any(e => e.Id == entry.Id))
            {
                log.Add(entry);
            }
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
