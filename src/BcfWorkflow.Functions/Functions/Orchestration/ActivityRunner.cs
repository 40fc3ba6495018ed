using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace BcfWorkflow.Functions.Orchestration;

/// <summary>Runs a shared class-based activity for an activity trigger: created per invocation from the worker's
/// services (the ports), given a context with its name and orchestration instance id.</summary>
public static class ActivityRunner
{
    public static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(FunctionContext context, string name, TInput input)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        var activity = ActivatorUtilities.CreateInstance<TActivity>(context.InstanceServices);
        return activity.RunAsync(new FunctionActivityContext(name, InstanceId(context)), input);
    }

    /// <summary>The orchestration instance id from the trigger's binding data, or the invocation id when absent.</summary>
    private static string InstanceId(FunctionContext context) =>
        context.BindingContext.BindingData.TryGetValue("instanceId", out var id) && id?.ToString() is { Length: > 0 } text
            ? text
            : context.InvocationId;
}
