using Microsoft.DurableTask;

namespace BcfWorkflow.LocalHost.Tests.Engine;

/// <summary>Waits on a durable timer of the given seconds, then calls an activity.</summary>
public sealed class DurableTimerOrchestrator : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int seconds)
    {
        await context.CreateTimer(TimeSpan.FromSeconds(seconds), CancellationToken.None);
        return await context.CallActivityAsync<string>(nameof(ShoutActivity), "fired");
    }
}
