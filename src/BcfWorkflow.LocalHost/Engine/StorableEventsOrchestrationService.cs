using DurableTask.Core;
using DurableTask.Core.History;

namespace BcfWorkflow.LocalHost.Engine;

/// <summary>Passes everything to the Azure Storage backend, first making the sidecar's events storable there. The sidecar
/// records a sub-orchestration start as its own subclass of <see cref="SubOrchestrationInstanceCreatedEvent"/>, which the
/// backend writes as a history row without columns (after which the parent's history no longer loads), and puts a protobuf
/// <c>MapField</c> into the child's start message's <c>Tags</c>, whose type name the backend writes into the queue message
/// and then refuses to load. Both become the plain DurableTask.Core types here, by <see cref="EngineInternals"/>, which
/// checks at start-up that the SDK still has the shape these fixes were written against.</summary>
internal sealed class StorableEventsOrchestrationService(IOrchestrationService inner) : DelegatingOrchestrationService(inner)
{
    public override Task CompleteTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem, OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages, IList<TaskMessage> orchestratorMessages, IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage, OrchestrationState orchestrationState)
    {
        ReplaceDerivedSubOrchestrationEvents(newOrchestrationRuntimeState.NewEvents);
        ReplaceDerivedSubOrchestrationEvents(newOrchestrationRuntimeState.Events);

        foreach (var message in outboundMessages.Concat(orchestratorMessages).Concat(timerMessages).Append(continuedAsNewMessage))
        {
            if (message?.Event is { } e)
            {
                EngineInternals.ReplaceMapTags(e);
            }
        }

        return Inner.CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages,
            timerMessages, continuedAsNewMessage, orchestrationState);
    }

    static void ReplaceDerivedSubOrchestrationEvents(IList<HistoryEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is SubOrchestrationInstanceCreatedEvent derived && derived.GetType() != typeof(SubOrchestrationInstanceCreatedEvent))
            {
                events[i] = EngineInternals.PlainCopy(derived);
            }
        }
    }
}
