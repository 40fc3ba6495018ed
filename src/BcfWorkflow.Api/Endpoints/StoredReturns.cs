using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Reads a contributor's stored versions back as validated returns.</summary>
public sealed class StoredReturns(IReturnStore returns)
{
    /// <returns>The latest version of the contributor's return in that cycle, or null when there is none (or it no
    /// longer reads against the plan).</returns>
    public async Task<ContributorReturn?> LatestAsync(Plan plan, string cycleId, string contributorId, CancellationToken cancellationToken)
    {
        var versions = await returns.ListVersionsAsync(cycleId, contributorId, cancellationToken);
        return versions.Count == 0 ? null : (await ReadAsync(plan, versions[^1], null, cancellationToken)).Return;
    }

    /// <summary>One stored version read against the plan again, with its warnings (the same as when it was uploaded
    /// when <paramref name="lastQuarter"/> is the return it was checked against).</summary>
    public async Task<ReturnReadResult> ReadAsync(Plan plan, StoredReturn version, ContributorReturn? lastQuarter, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(await returns.ReadAsync(version.Ref, cancellationToken), writable: false);
        return ReturnReader.Read(plan, version.Ref.ContributorId, stream, version.Ref.FileName, lastQuarter);
    }

    /// <returns>The contributor's latest return of the quarter before this cycle's in the same year, or null (Q1, or none sent).</returns>
    public async Task<ContributorReturn?> LastQuarterAsync(Plan plan, CycleInput input, string contributorId, CancellationToken cancellationToken)
    {
        var quarter = Quarter.Parse(input.Quarter);
        if (quarter.Number == 1)
        {
            return null;
        }
        var previousCycle = CycleIds.Cycle(input.Area, input.Year, new Quarter(quarter.Number - 1).ToString());
        return await LatestAsync(plan, previousCycle, contributorId, cancellationToken);
    }
}
