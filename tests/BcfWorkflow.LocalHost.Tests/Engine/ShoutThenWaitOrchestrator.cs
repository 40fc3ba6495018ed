using Microsoft.DurableTask;

namespace BcfWorkflow.LocalHost.Tests.Engine;

/// <summary>One activity, then one external event: the smallest shape of the real cycle.</summary>
public sealed class ShoutThenWaitOrchestrator : TaskOrchestrator<string, string>
{
    public const string ApprovalEvent = "Approval";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        string shouted = await context.CallActivityAsync<string>(nameof(ShoutActivity), input);
        string approval = await context.WaitForExternalEvent<string>(ApprovalEvent);
        return $"{shouted}:{approval}";
    }
}
