using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Orchestrations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace BcfWorkflow.Functions.Orchestration;

public static class ContributorFunction
{
    /// <summary>The shared <see cref="ContributorOrchestrator"/> (a sub-orchestration of the cycle).</summary>
    [Function(nameof(ContributorOrchestrator))]
    public static Task<ContributorResult> Run([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ContributorOrchestrator().RunAsync(context, context.GetInput<ContributorInput>()
            ?? throw new InvalidOperationException($"{nameof(ContributorOrchestrator)} started without input."));
}
