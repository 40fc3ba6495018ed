namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>What a contributor is asked to report for one scheme, pre-filled from the plan.</summary>
public sealed record PlannedScheme(string Id, string Name, string SourceOfFunding, decimal PlannedExpenditure, decimal? PlannedOutputs, string Units);
