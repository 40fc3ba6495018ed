namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>What the lead needs to decide, for the sign-off request email.</summary>
/// <param name="Round">The sign-off round (from 2 the figures changed since the last request).</param>
/// <param name="Warnings">Once each, the same list the sign-off page shows (<see cref="AggregationOutcome.Warnings"/>).</param>
/// <param name="LeftOut">Stored returns left out of the figures because they no longer read against the plan.</param>
public sealed record SignOffDigest(
    int Round,
    IReadOnlyList<ReturnProgress> Returns,
    IReadOnlyList<BalanceLine> Balances,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> LeftOut);
