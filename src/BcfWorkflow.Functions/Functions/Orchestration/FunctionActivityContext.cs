using Microsoft.DurableTask;

namespace BcfWorkflow.Functions.Orchestration;

/// <summary>The <see cref="TaskActivityContext"/> a class-based activity gets when a Functions activity trigger runs it
/// (what Microsoft.DurableTask.Generators would generate, were it served here).</summary>
public sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
