using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Testing.Ports;

public sealed class InMemoryCycleIndex : ICycleIndex
{
    private readonly ConcurrentDictionary<string, CycleIndexEntry> entries = new(StringComparer.Ordinal);
    private volatile bool holdsEarlier;

    public Task AddAsync(CycleIndexEntry entry, CancellationToken cancellationToken = default)
    {
        entries.TryAdd(entry.CycleId, entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CycleIndexEntry>> ListAsync(string? areaSlug = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CycleIndexEntry>>([.. entries.Values.Where(e => areaSlug is null || CycleIds.Slug(e.Area) == areaSlug)]);

    public Task<bool> HoldsEarlierCyclesAsync(CancellationToken cancellationToken = default) => Task.FromResult(holdsEarlier);

    public Task MarkEarlierCyclesHeldAsync(CancellationToken cancellationToken = default)
    {
        holdsEarlier = true;
        return Task.CompletedTask;
    }

    /// <summary>Forgets a cycle, as a store that lost the entry would.</summary>
    public void Forget(string cycleId) => entries.TryRemove(cycleId, out _);
}
