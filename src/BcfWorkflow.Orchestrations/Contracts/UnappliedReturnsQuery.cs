namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The input of <see cref="Activities.FindUnappliedReturns"/>: the versions an orchestration has applied, per
/// contributor (0 for none).</summary>
public sealed record UnappliedReturnsQuery(string CycleId, IReadOnlyDictionary<string, int> KnownVersions);
