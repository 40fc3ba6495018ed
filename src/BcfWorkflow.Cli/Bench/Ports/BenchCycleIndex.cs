using System.Collections.Concurrent;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Cli.Bench.Ports;

/// <summary>The cycle index of one bench run, in memory.</summary>
public sealed class BenchCycleIndex : ICycleIndex
{
    private readonly ConcurrentDictionary<string, CycleIndexEntry> entries = new(StringComparer.Ordinal);

    public Task AddAsync(CycleIndexEntry entry, CancellationToken cancellationToken = default)
    {
        entries.TryAdd(entry.CycleId, entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CycleIndexEntry>> ListAsync(string? areaSlug = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CycleIndexEntry>>([.. entries.Values.Where(e => areaSlug is null || CycleIds.Slug(e.Area) == areaSlug)]);

    public Task<bool> HoldsEarlierCyclesAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task MarkEarlierCyclesHeldAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
