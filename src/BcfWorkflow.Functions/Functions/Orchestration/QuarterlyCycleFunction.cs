using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace BcfWorkflow.Functions.Orchestration;

public static class QuarterlyCycleFunction
{
    /// <summary>The shared <see cref="QuarterlyCycleOrchestrator"/>, under the name the starter and the code use.</summary>
    [Function(nameof(QuarterlyCycleOrchestrator))]
    public static Task<CycleResult> Run([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new QuarterlyCycleOrchestrator().RunAsync(context, context.GetInput<CycleInput>()
            ?? throw new InvalidOperationException($"{nameof(QuarterlyCycleOrchestrator)} started without input."));
}
