using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>The store is the truth of what was received: the newest stored version of each contributor whose version is
/// newer than the one the orchestration knows (its event is late, or was lost with a crash). Called before a deadline is
/// acted on and before an aggregation (from <see cref="CycleInput.StoreCheckVersion"/>).</summary>
public sealed class FindUnappliedReturns(IReturnStore returns) : TaskActivity<UnappliedReturnsQuery, List<StoredReturn>>
{
    public override async Task<List<StoredReturn>> RunAsync(TaskActivityContext context, UnappliedReturnsQuery input)
    {
        var stored = await returns.LatestVersionsAsync(input.CycleId, input.KnownVersions.Keys);
        var newer = new List<StoredReturn>();
        foreach (var (contributorId, known) in input.KnownVersions)
        {
            if (stored.TryGetValue(contributorId, out var version) && version > known)
            {
                var versions = await returns.ListVersionsAsync(input.CycleId, contributorId);
                newer.Add(versions[^1]);
            }
        }
        return newer;
    }
}
