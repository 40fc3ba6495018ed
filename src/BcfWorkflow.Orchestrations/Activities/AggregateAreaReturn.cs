using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Orchestrations.Activities;

/// <summary>Aggregates the latest stored return of each contributor into the area return and returns what the lead
/// needs to decide: the running balances and the warnings (not the files, which are rendered at emission).</summary>
public sealed class AggregateAreaReturn(IPlanStore plans, IReturnStore returns) : TaskActivity<AggregationInput, AggregationOutcome>
{
    public override async Task<AggregationOutcome> RunAsync(TaskActivityContext context, AggregationInput input)
    {
        var plan = await plans.GetAsync(input.Plan.Area, input.Plan.Year)
            ?? throw new InvalidOperationException($"No plan for {input.Plan.Area} {input.Plan.Year}.");
        var (loaded, leftOut) = await StoredReturnLoader.LoadAsync(returns, plan, input.Returns);
        var summary = AreaAggregator.Aggregate(plan, Quarter.Parse(input.Quarter), loaded);

        var missing = plan.Contributors
            .Where(c => !loaded.Any(r => string.Equals(r.ContributorId, c.Id, StringComparison.OrdinalIgnoreCase)))
            .Select(c => c.Id)
            .ToList();
        // The summary already says which contributors have not returned their rows: the messages alone, as the page
        // lists them (not "file:row:column:" lines, and no second line per missing contributor).
        var warnings = summary.Warnings.Select(w => w.Message).ToList();
        var balances = summary.RunningBalances
            .Select(b => new BalanceLine(b.Source, b.Income, b.ExpenditureToDate, b.PercentageSpent, b.Balance))
            .ToList();
        return new AggregationOutcome(balances, warnings, missing, leftOut);
    }
}
