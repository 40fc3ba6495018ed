namespace BcfWorkflow.Orchestrations.Ports;

/// <summary>Every cycle opened, one small entry each (blob <c>cycles/{area-slug}/{cycleId}.json</c>): what the cycle
/// list and the incoming-file path read, instead of querying the engine's instances (most of which are contributors'
/// sub-orchestrations). Written by <see cref="Application.CycleService"/> before the cycle is scheduled, so a listed
/// entry may name a cycle whose start was lost in a crash: readers check the cycle exists.</summary>
public interface ICycleIndex
{
    /// <summary>Adds the cycle; adding it again is harmless (the first entry stays).</summary>
    Task AddAsync(CycleIndexEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The cycles of one area (by its slug, <see cref="Contracts.CycleIds.Slug"/>), or of every area when null.</summary>
    Task<IReadOnlyList<CycleIndexEntry>> ListAsync(string? areaSlug = null, CancellationToken cancellationToken = default);

    /// <summary>Whether the cycles the engine held before the index was kept have been added (done once per store).</summary>
    Task<bool> HoldsEarlierCyclesAsync(CancellationToken cancellationToken = default);

    /// <summary>Records that the earlier cycles have been added.</summary>
    Task MarkEarlierCyclesHeldAsync(CancellationToken cancellationToken = default);
}

/// <summary>A cycle in the index: its id, area, year, quarter and when it was opened.</summary>
public sealed record CycleIndexEntry(string CycleId, string Area, string Year, string Quarter, DateTimeOffset OpenedAt);
