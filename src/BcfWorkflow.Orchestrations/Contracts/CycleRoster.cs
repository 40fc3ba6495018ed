namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>Who takes part in a cycle, read from the plan once at the start (compact: no file content).</summary>
public sealed record CycleRoster(string LeadName, string LeadEmail, IReadOnlyList<RosterContributor> Contributors);
