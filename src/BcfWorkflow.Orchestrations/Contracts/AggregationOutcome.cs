namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The compact result of aggregating the area return (the files themselves are rendered at emission).</summary>
/// <param name="Warnings">Rows that need a comment, and contributors missing from the aggregation, one line each.</param>
public sealed record AggregationOutcome(IReadOnlyList<BalanceLine> RunningBalances, IReadOnlyList<string> Warnings, IReadOnlyList<string> MissingContributors)
{
    public BalanceLine? Total => RunningBalances.LastOrDefault(b => b.Source == "Total");
}
