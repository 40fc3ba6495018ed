using DurableTask.Core;

namespace BcfWorkflow.LocalHost.Engine;

/// <summary>Passes everything on and reports each orchestration whose episode left it finished (completed, failed or
/// terminated), once the backend has stored that state: a waiter can then read the final status once instead of
/// polling for it.</summary>
public sealed class FinishNotifyingOrchestrationService(IOrchestrationService inner) : DelegatingOrchestrationService(inner)
{
    /// <summary>Raised with the instance id after the finished state is committed, on the dispatcher's thread: keep
    /// handlers short and non-blocking.</summary>
    public event Action<string>? OrchestrationFinished;

    public override async Task CompleteTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem, OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages, IList<TaskMessage> orchestratorMessages, IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage, OrchestrationState orchestrationState)
    {
        await base.CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages,
            timerMessages, continuedAsNewMessage, orchestrationState);
        var state = newOrchestrationRuntimeState ?? workItem.OrchestrationRuntimeState;
        if (state?.OrchestrationStatus is OrchestrationStatus.Completed or OrchestrationStatus.Failed or OrchestrationStatus.Terminated)
        {
            OrchestrationFinished?.Invoke(workItem.InstanceId);
        }
    }
}
