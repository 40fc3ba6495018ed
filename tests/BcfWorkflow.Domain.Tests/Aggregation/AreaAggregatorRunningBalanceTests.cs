using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Tests.Builders;
using static BcfWorkflow.Domain.Tests.Aggregation.TestReturns;

namespace BcfWorkflow.Domain.Tests.Aggregation;

public class AreaAggregatorRunningBalanceTests
{
    [Fact]
    public void Aggregate_AllReturned_OneRowPerSourceInPlanOrderThenTotal()
    {
        var summary = LeicestershireQuarter.Aggregate();

        Assert.Equal(
            ["DFG", "Minimum NHS Contribution", "iBCF", "Additional LA Contribution", "Additional NHS Contribution",
             "Local Authority Discharge Funding", "ICB Discharge Funding", "Total"],
            summary.RunningBalances.Select(b => b.Source));
    }

    [Theory]
    [InlineData("DFG", 4_850_818, 946_085, 3_904_733)]
    [InlineData("Minimum NHS Contribution", 51_507_543, 14_801_000, 36_706_543)]
    [InlineData("iBCF", 17_690_614, 4_000_000, 13_690_614)]
    [InlineData("Local Authority Discharge Funding", 4_133_661, 2_000_000, 2_133_661)]
    [InlineData("ICB Discharge Funding", 4_355_513, 2_100_000, 2_255_513)]
    [InlineData("Total", 82_538_149, 23_847_085, 58_691_064)]
    public void Aggregate_AllReturned_SourceRowSumsItsSchemes(string source, int income, int toDate, int balance)
    {
        var row = LeicestershireQuarter.Aggregate().RunningBalances.Single(b => b.Source == source);

        Assert.Equal(new RunningBalance(source, income, toDate, (decimal)toDate / income, balance), row);
    }

    [Fact]
    public void Aggregate_SourceWithZeroIncome_PercentageIsNull()
    {
        var row = LeicestershireQuarter.Aggregate().RunningBalances.Single(b => b.Source == "Additional LA Contribution");

        Assert.Equal(new RunningBalance("Additional LA Contribution", 0m, 0m, null, 0m), row);
    }

    [Fact]
    public void Aggregate_ZeroIncomeWithSpend_PercentageNullAndBalanceNegative()
    {
        var plan = PlanBuilder.Empty()
            .WithIncome("Additional NHS Contribution", 0m)
            .WithScheme("icb", "1", "Additional NHS Contribution", 10_000m, Commissioner.NHS)
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(1), [For("icb", Row("1", 2_500m))]);

        Assert.Equal(new RunningBalance("Additional NHS Contribution", 0m, 2_500m, null, -2_500m), summary.RunningBalances[0]);
        Assert.Equal(new RunningBalance("Total", 0m, 2_500m, null, -2_500m), summary.RunningBalances[1]);
    }

    [Fact]
    public void Aggregate_PercentageSpent_KeptExactNotRounded()
    {
        var plan = PlanBuilder.Empty()
            .WithIncome("DFG", 3m)
            .WithScheme("blaby", "39", "DFG", 3m)
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("blaby", Row("39", 1m))]);

        Assert.Equal(1m / 3m, summary.RunningBalances[0].PercentageSpent);
        Assert.Equal(2m, summary.RunningBalances[0].Balance);
    }

    [Fact]
    public void Aggregate_PenceInSpend_KeptExact()
    {
        var plan = PlanBuilder.Empty()
            .WithIncome("DFG", 1_000m)
            .WithScheme("a", "1", "DFG", 500m)
            .WithScheme("b", "2", "DFG", 500m)
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("a", Row("1", 100.25m)), For("b", Row("2", 0.50m))]);

        Assert.Equal(100.75m, summary.RunningBalances[0].ExpenditureToDate);
        Assert.Equal(899.25m, summary.RunningBalances[0].Balance);
    }

    [Fact]
    public void Aggregate_AcuteScheme_CountsInItsSourcesRunningBalance()
    {
        var plan = PlanBuilder.Empty()
            .WithIncome("Minimum NHS Contribution", 10_000m)
            .WithScheme("icb", "12", "Minimum NHS Contribution", 10_000m, Commissioner.NHS, areaOfSpend: "Acute")
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("icb", Row("12", 4_000m))]);

        Assert.Equal(4_000m, summary.RunningBalances[0].ExpenditureToDate);
        Assert.Equal(0.4m, summary.RunningBalances[0].PercentageSpent);
    }

    [Fact]
    public void Aggregate_MissingReturn_ItsSchemesCountAsNothingSpent()
    {
        var returns = LeicestershireQuarter.Returns.Where(r => r.ContributorId != PlanBuilder.Charnwood);

        var summary = AreaAggregator.Aggregate(LeicestershireQuarter.Plan, new Quarter(2), returns);

        Assert.Equal(446_085m, summary.RunningBalances.Single(b => b.Source == "DFG").ExpenditureToDate);
    }

    [Fact]
    public void Aggregate_SourceMatching_IgnoresCaseAndSpaces()
    {
        var plan = PlanBuilder.Empty()
            .WithIncome("iBCF", 1_000m)
            .WithScheme("county", "1", " IBCF ", 1_000m)
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("county", Row("1", 250m))]);

        Assert.Equal(250m, summary.RunningBalances[0].ExpenditureToDate);
    }

    [Fact]
    public void Aggregate_Always_HeaderFieldsFromPlanAndQuarter()
    {
        var summary = AreaAggregator.Aggregate(LeicestershireQuarter.Plan, new Quarter(3), LeicestershireQuarter.Returns);

        Assert.Equal(("Leicestershire", "2024-25", "Q3"), (summary.Area, summary.Year, summary.Quarter));
    }
}
