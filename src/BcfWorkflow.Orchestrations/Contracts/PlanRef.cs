namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>Points at the plan of one area and financial year in the plan store.</summary>
public sealed record PlanRef(string Area, string Year);
