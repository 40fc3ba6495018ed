using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Orchestrations;

/// <summary>The quarterly cycle of one area (instance <c>{area}-{year}-{quarter}</c>), see <see cref="CycleRun"/>.</summary>
/// <remarks>Deterministic: time from <c>context.CurrentUtcDateTime</c>, no I/O (activities do it), deterministic ids.
/// The state lives in a <see cref="CycleRun"/> built afresh on every replay.</remarks>
public sealed class QuarterlyCycleOrchestrator : TaskOrchestrator<CycleInput, CycleResult>
{
    public override Task<CycleResult> RunAsync(TaskOrchestrationContext context, CycleInput input) =>
        new CycleRun(context, input).RunAsync();
}
