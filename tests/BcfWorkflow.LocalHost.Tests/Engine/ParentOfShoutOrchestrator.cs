using Microsoft.DurableTask;

namespace BcfWorkflow.LocalHost.Tests.Engine;

/// <summary>Runs <see cref="ShoutThenWaitOrchestrator"/> as a sub-orchestration (instance "{parent}:child"), as the cycle
/// runs its contributors: the shape the engine's storable-events fixes exist for.</summary>
public sealed class ParentOfShoutOrchestrator : TaskOrchestrator<string, string>
{
    public static string ChildOf(string parentId) => $"{parentId}:child";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        "parent:" + await context.CallSubOrchestratorAsync<string>(nameof(ShoutThenWaitOrchestrator), input,
            new SubOrchestrationOptions(instanceId: ChildOf(context.InstanceId)));
}
