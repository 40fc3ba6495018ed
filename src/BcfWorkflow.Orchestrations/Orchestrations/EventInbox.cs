namespace BcfWorkflow.Orchestrations.Orchestrations;

/// <summary>Keeps at most one outstanding wait per event name across loop iterations.</summary>
/// <remarks>An event is delivered to the newest waiter for its name; a waiter abandoned after losing a
/// <c>Task.WhenAny</c> would swallow the next event of that name. So a wait is created once and reused until it
/// completes, and event waits are never cancelled (only timers are).</remarks>
internal sealed class EventInbox(TaskOrchestrationContext context)
{
    private readonly Dictionary<string, Task> pending = [];

    /// <summary>The outstanding wait for <paramref name="eventName"/>, created if there is none.</summary>
    public Task<T> Wait<T>(string eventName)
    {
        if (pending.TryGetValue(eventName, out var task))
        {
            return (Task<T>)task;
        }
        var wait = context.WaitForExternalEvent<T>(eventName);
        pending[eventName] = wait;
        return wait;
    }

    /// <summary>Takes the result of a completed wait; the next <see cref="Wait{T}"/> for that name starts a new one.</summary>
    public T Take<T>(string eventName)
    {
        var task = (Task<T>)pending[eventName];
        pending.Remove(eventName);
        return task.Result;
    }
}
