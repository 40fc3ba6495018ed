using BcfWorkflow.Domain.Model;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Orchestrations;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Finds a cycle's input (area, year, quarter) and its plan, for the handlers that work from stored data.</summary>
public sealed class CycleInputs(DurableTaskClient client, IPlanStore plans)
{
    /// <returns>The cycle's input and plan, or null when there is no such cycle (or its plan is gone).</returns>
    public async Task<(CycleInput Input, Plan Plan)?> FindAsync(string cycleId, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(cycleId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null || instance.Name != nameof(QuarterlyCycleOrchestrator) || instance.ReadInputAs<CycleInput>() is not { } input)
        {
            return null;
        }
        var plan = await plans.GetAsync(input.Plan.Area, input.Plan.Year, cancellationToken);
        return plan is null ? null : (input, plan);
    }
}
