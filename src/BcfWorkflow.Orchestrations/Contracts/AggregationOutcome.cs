namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>What to aggregate: the latest stored version of each contributor that submitted.</summary>
public sealed record AggregationInput(string CycleId, PlanRef Plan, string Quarter, IReadOnlyList<ReturnRef> Returns);

/// <summary>The compact result of aggregating the area return (the files themselves are rendered at emission).</summary>
/// <param name="Warnings">The aggregation's warnings, once each, as sentences: the same list, in the same order, as the
/// sign-off page shows from the area summary (so the email and the page count the same).</param>
/// <param name="MissingContributors">Ids of contributors with no return in the figures.</param>
/// <param name="LeftOut">One sentence per contributor whose stored return no longer reads against the plan and is left
/// out (the warnings say it has not returned its rows, as the page does); empty in a normal cycle.</param>
public sealed record AggregationOutcome(
    IReadOnlyList<BalanceLine> RunningBalances,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> MissingContributors,
    IReadOnlyList<string>? LeftOut = null)
{
    public BalanceLine? Total => RunningBalances.LastOrDefault(b => b.Source == "Total");
}

/// <summary>A running-balance row (a source, or "Total"); PercentageSpent is a fraction, null where income is 0.</summary>
public sealed record BalanceLine(string Source, decimal Income, decimal ExpenditureToDate, decimal? PercentageSpent, decimal Balance);
