namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>Who takes part in a cycle, read from the plan once at the start (compact: no file content).</summary>
public sealed record CycleRoster(string LeadName, string LeadEmail, IReadOnlyList<RosterContributor> Contributors);

/// <summary>A contributor of the cycle, with the schemes it reports.</summary>
public sealed record RosterContributor(string Id, string Name, string Email, IReadOnlyList<PlannedScheme> Schemes);

/// <summary>What a contributor is asked to report for one scheme, pre-filled from the plan.</summary>
public sealed record PlannedScheme(string Id, string Name, string SourceOfFunding, decimal PlannedExpenditure, decimal? PlannedOutputs, string Units);
