using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Orchestrations;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Functions.Incoming;

/// <summary>Finds the area's running cycle: the newest running <see cref="QuarterlyCycleOrchestrator"/> instance whose
/// area matches (ids are <c>{area-slug}-{year}-{quarter}</c>; the prefix alone could match a longer area name).</summary>
public static class OpenCycleFinder
{
    public static async Task<string?> FindAsync(DurableTaskClient client, string area, CancellationToken cancellationToken = default)
    {
        var slug = CycleIds.Slug(area);
        var query = new OrchestrationQuery
        {
            InstanceIdPrefix = slug + "-",
            Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Suspended],
            FetchInputsAndOutputs = true,
        };
        OrchestrationMetadata? newest = null;
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (instance.Name != nameof(QuarterlyCycleOrchestrator) || CycleIds.Slug(instance.ReadInputAs<CycleInput>()?.Area ?? "") != slug)
            {
                continue;
            }
            if (newest is null || instance.CreatedAt > newest.CreatedAt)
            {
                newest = instance;
            }
        }
        return newest?.InstanceId;
    }
}
