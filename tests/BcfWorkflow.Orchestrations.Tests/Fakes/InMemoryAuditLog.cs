using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Tests.Fakes;

public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<AuditEntry>> logs = [];

    public Task AppendAsync(string cycleId, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!logs.TryGetValue(cycleId, out var log))
            {
                logs[cycleId] = log = [];
            }
            if (!log.Any(e => e.Id == entry.Id))
            {
                log.Add(entry);
            }
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
