using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;

namespace BcfWorkflow.Domain.Aggregation;

/// <summary>Aggregates contributors' returns into the area's expenditure sheet.</summary>
public static class AreaAggregator
{
    public static AreaSummary Aggregate(Plan plan, Quarter quarter, IEnumerable<ContributorReturn> returns)
        => throw new NotImplementedException("CONTRACT STUB");
}
