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
