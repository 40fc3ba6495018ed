using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Reads a contributor's latest stored version back as a validated return.</summary>
public sealed class StoredReturns(IReturnStore returns)
{
    /// <returns>The latest version of the contributor's return in that cycle, or null when there is none (or it no
    /// longer reads against the plan).</returns>
    public async Task<ContributorReturn?> LatestAsync(Plan plan, string cycleId, string contributorId, CancellationToken cancellationToken)
    {
        var versions = await returns.ListVersionsAsync(cycleId, contributorId, cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }
        var last = versions[^1].Ref;
        using var stream = new MemoryStream(await returns.ReadAsync(last, cancellationToken), writable: false);
        return ReturnReader.Read(plan, contributorId, stream, last.FileName).Return;
    }
}
