using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Tests.Builders;
using static BcfWorkflow.Domain.Tests.Aggregation.TestReturns;

namespace BcfWorkflow.Domain.Tests.Aggregation;

public class AreaAggregatorSchemeTableTests
{
    [Fact]
    public void Aggregate_Always_OneLinePerPlanSchemeInPlanOrder()
    {
        var summary = LeicestershireQuarter.Aggregate();

        Assert.Equal(LeicestershireQuarter.Plan.Schemes, summary.Schemes.Select(l => l.Scheme));
    }

    [Fact]
    public void Aggregate_ReturnedScheme_CarriesTheReturnedFigures()
    {
        var line = LeicestershireQuarter.Aggregate().Schemes.Single(l => l.Scheme.Id == PlanBuilder.BlabyDfg);

        Assert.Equal((true, 346_085m, 40m, ""), (line.Returned, line.ExpenditureToDate, line.OutputsDeliveredToDate, line.Comments));
    }

    [Fact]
    public void Aggregate_ReturnedWithNa_OutputsNullButReturned()
    {
        var line = LeicestershireQuarter.Aggregate().Schemes.Single(l => l.Scheme.Id == PlanBuilder.CountyIbcf);

        Assert.True(line.Returned);
        Assert.Equal(4_000_000m, line.ExpenditureToDate);
        Assert.Null(line.OutputsDeliveredToDate);
    }

    [Fact]
    public void Aggregate_ContributorWithoutReturn_ItsSchemesNotReturnedWithNulls()
    {
        var returns = LeicestershireQuarter.Returns.Where(r => r.ContributorId != PlanBuilder.Blaby);

        var line = AreaAggregator.Aggregate(LeicestershireQuarter.Plan, new Quarter(2), returns)
            .Schemes.Single(l => l.Scheme.Id == PlanBuilder.BlabyDfg);

        Assert.Equal((false, (decimal?)null, (decimal?)null, ""), (line.Returned, line.ExpenditureToDate, line.OutputsDeliveredToDate, line.Comments));
    }

    [Fact]
    public void Aggregate_TwoReturnsFromOneContributor_LastOneWins()
    {
        var returns = LeicestershireQuarter.Returns
            .Append(For(PlanBuilder.Blaby, Row(PlanBuilder.BlabyDfg, 400_000m, 45m, "Resubmitted")));

        var summary = AreaAggregator.Aggregate(LeicestershireQuarter.Plan, new Quarter(2), returns);

        var line = summary.Schemes.Single(l => l.Scheme.Id == PlanBuilder.BlabyDfg);
        Assert.Equal((400_000m, 45m, "Resubmitted"), (line.ExpenditureToDate!.Value, line.OutputsDeliveredToDate!.Value, line.Comments));
        Assert.Equal(1_000_000m, summary.RunningBalances.Single(b => b.Source == "DFG").ExpenditureToDate);
    }

    [Fact]
    public void Aggregate_SchemeIdWithSpacesOrOtherCase_MatchesThePlan()
    {
        var plan = PlanBuilder.Empty()
            .WithIncome("DFG", 1_000m)
            .WithScheme("blaby", "DFG-39", "DFG", 1_000m)
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("blaby", Row(" dfg-39 ", 10m))]);

        Assert.True(summary.Schemes[0].Returned);
        Assert.Equal(10m, summary.Schemes[0].ExpenditureToDate);
    }

    [Fact]
    public void Aggregate_RowForAnotherContributorsScheme_IgnoredWithWarning()
    {
        var returns = LeicestershireQuarter.Returns
            .Where(r => r.ContributorId != PlanBuilder.Charnwood)
            .Append(For(PlanBuilder.Charnwood, Row(PlanBuilder.BlabyDfg, 1m)));

        var summary = AreaAggregator.Aggregate(LeicestershireQuarter.Plan, new Quarter(2), returns);

        Assert.Equal(346_085m, summary.Schemes.Single(l => l.Scheme.Id == PlanBuilder.BlabyDfg).ExpenditureToDate);
        var warning = Assert.Single(summary.Warnings, w => w.Code == AggregationWarningCodes.ForeignScheme);
        Assert.Equal("charnwood.csv", warning.File);
    }

    [Fact]
    public void Aggregate_NoReturnsAtAll_EveryLineNotReturned()
    {
        var summary = AreaAggregator.Aggregate(LeicestershireQuarter.Plan, new Quarter(1), []);

        Assert.All(summary.Schemes, l => Assert.False(l.Returned));
        Assert.Equal(0m, summary.RunningBalances[^1].ExpenditureToDate);
        Assert.Equal(82_538_149m, summary.RunningBalances[^1].Balance);
    }
}
