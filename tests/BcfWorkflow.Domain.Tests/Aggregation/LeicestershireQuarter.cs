using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Tests.Builders;
using static BcfWorkflow.Domain.Tests.Aggregation.TestReturns;

namespace BcfWorkflow.Domain.Tests.Aggregation;

/// <summary>Every contributor of <see cref="PlanBuilder.Leicestershire"/> returned for Q2; figures worked out by hand in the tests.</summary>
internal static class LeicestershireQuarter
{
    public static Plan Plan { get; } = PlanBuilder.Leicestershire().Build();

    public static IReadOnlyList<ContributorReturn> Returns { get; } =
    [
        For(PlanBuilder.Blaby, Row(PlanBuilder.BlabyDfg, 346_085m, 40m)),
        For(PlanBuilder.Charnwood, Row(PlanBuilder.CharnwoodDfg, 500_000m, 60m)),
        For(PlanBuilder.County,
            Row(PlanBuilder.CountyIbcf, 4_000_000m),
            Row(PlanBuilder.CountyHomeCare, 9_000_000m, 700m),
            Row(PlanBuilder.CountyHoarding, 100_000m),
            Row(PlanBuilder.CountyDischarge, 2_000_000m, 150m)),
        For(PlanBuilder.Icb,
            Row(PlanBuilder.IcbCommunity, 5_000_000m),
            Row(PlanBuilder.IcbJointReablement, 1_000m, 1m),
            Row(PlanBuilder.IcbAcute, 800_000m),
            Row(PlanBuilder.IcbDischarge, 2_100_000m)),
    ];

    public static AreaSummary Aggregate() => AreaAggregator.Aggregate(Plan, new Quarter(2), Returns);
}
