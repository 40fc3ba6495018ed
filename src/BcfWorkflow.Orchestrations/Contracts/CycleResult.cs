namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The output of a completed cycle.</summary>
public sealed record CycleResult(
    string CycleId,
    int TemplateVersion,
    int SignOffRounds,
    string ApprovedBy,
    IReadOnlyList<BalanceLine> RunningBalances,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ContributorStatus> Contributors);

/// <summary>How a contributor's part of the cycle ended.</summary>
public sealed record ContributorResult(ContributorStatus Status);
