namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>What to aggregate: the latest stored version of each contributor that submitted.</summary>
public sealed record AggregationInput(string CycleId, PlanRef Plan, string Quarter, IReadOnlyList<ReturnRef> Returns);
