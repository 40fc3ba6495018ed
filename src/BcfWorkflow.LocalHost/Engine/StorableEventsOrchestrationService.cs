using System.Reflection;
using DurableTask.Core;
using DurableTask.Core.History;

namespace BcfWorkflow.LocalHost.Engine;

/// <summary>Passes everything to the Azure Storage backend, first making the sidecar's events storable there. The sidecar
/// records a sub-orchestration start as its own subclass of <see cref="SubOrchestrationInstanceCreatedEvent"/>, which the
/// backend writes as a history row without columns (after which the parent's history no longer loads), and puts a protobuf
/// <c>MapField</c> into the child's start message's <c>Tags</c>, whose type name the backend writes into the queue message
/// and then refuses to load. Both become the plain DurableTask.Core types here.</summary>
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
                Normalise(e);
            }
        }

        return Inner.CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages,
            timerMessages, continuedAsNewMessage, orchestrationState);
    }

    /// <summary>Replaces a non-<see cref="Dictionary{TKey,TValue}"/> <c>Tags</c> map on any history event with a copy.</summary>
    static void Normalise(HistoryEvent e)
    {
        PropertyInfo? tags = e.GetType().GetProperty("Tags", BindingFlags.Public | BindingFlags.Instance);
        if (tags is { CanWrite: true } && tags.PropertyType == typeof(IDictionary<string, string>)
            && tags.GetValue(e) is IDictionary<string, string> map && map is not Dictionary<string, string>)
        {
            tags.SetValue(e, new Dictionary<string, string>(map));
        }
    }

    static void ReplaceDerivedSubOrchestrationEvents(IList<HistoryEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is SubOrchestrationInstanceCreatedEvent derived && derived.GetType() != typeof(SubOrchestrationInstanceCreatedEvent))
            {
                events[i] = PlainCopy(derived);
            }
        }
    }

    /// <summary>The same event as a plain <see cref="SubOrchestrationInstanceCreatedEvent"/> (every property of the base types copied).</summary>
    static SubOrchestrationInstanceCreatedEvent PlainCopy(SubOrchestrationInstanceCreatedEvent derived)
    {
        var plain = new SubOrchestrationInstanceCreatedEvent(derived.EventId);
        for (Type? type = typeof(SubOrchestrationInstanceCreatedEvent); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetSetMethod(nonPublic: true) is { } setter)
                {
                    setter.Invoke(plain, [property.GetValue(derived)]);
                }
            }
        }

        return plain;
    }
}
