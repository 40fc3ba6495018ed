namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>How a contributor's part of the cycle ended.</summary>
public sealed record ContributorResult(ContributorStatus Status);
