using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Tests.Builders;
using static BcfWorkflow.Domain.Tests.Aggregation.TestReturns;

namespace BcfWorkflow.Domain.Tests.Aggregation;

public class AreaAggregatorRequiredSpendTests
{
    private const string MinimumNhs = "Minimum NHS Contribution";

    [Fact]
    public void Aggregate_AllReturned_TwoLinesNamedAsTheInterfaceFixes()
    {
        var summary = LeicestershireQuarter.Aggregate();

        Assert.Equal(
            ["NHS Commissioned Out of Hospital spend from the minimum ICB allocation",
             "Adult Social Care services spend from the minimum ICB allocations"],
            summary.RequiredSpend.Select(r => r.Name));
    }

    [Fact]
    public void Aggregate_Leicestershire_OutOfHospitalIsNhsPlusJointShareWithoutAcute()
    {
        // 10 (NHS, community) £5,000,000 + 11 (Joint 60% NHS) 60% of £1,000; 12 (Acute) and 2 (LA) excluded.
        var line = LeicestershireQuarter.Aggregate().RequiredSpend[0];

        Assert.Equal(new RequiredSpendLine(RequiredSpendNames.NhsCommissionedOutOfHospital, 14_633_036m, 5_000_600m, 9_632_436m), line);
    }

    [Fact]
    public void Aggregate_Leicestershire_AdultSocialCareIsMinimumNhsSocialCareWhoeverCommissions()
    {
        // 2 (LA, Social Care) £9,000,000 + 11 (Joint, Social Care) £1,000, in full.
        var line = LeicestershireQuarter.Aggregate().RequiredSpend[1];

        Assert.Equal(new RequiredSpendLine(RequiredSpendNames.AdultSocialCare, 30_774_296m, 9_001_000m, 21_773_296m), line);
    }

    [Theory]
    [InlineData(Commissioner.NHS, null, 1_000)]
    [InlineData(Commissioner.Joint, 60.0, 600)]
    [InlineData(Commissioner.Joint, 25.5, 255)]
    [InlineData(Commissioner.LA, null, 0)]
    public void Aggregate_OutOfHospital_CountsTheNhsShareOfSpend(Commissioner commissioner, double? pctNhs, int expected)
    {
        var pct = pctNhs is null ? (decimal?)null : (decimal)pctNhs;
        var plan = PlanBuilder.Empty()
            .WithIncome(MinimumNhs, 10_000m)
            .WithScheme("icb", "1", MinimumNhs, 10_000m, commissioner, areaOfSpend: "Community Health",
                pctNhs: pct, pctLa: pct is null ? null : 100m - pct)
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("icb", Row("1", 1_000m))]);

        Assert.Equal((decimal)expected, summary.RequiredSpend[0].ExpenditureToDate);
    }

    [Theory]
    [InlineData("Acute")]
    [InlineData("acute")]
    [InlineData("  ACUTE ")]
    public void Aggregate_AcuteAreaOfSpend_ExcludedFromOutOfHospitalAnySpelling(string areaOfSpend)
    {
        var plan = PlanBuilder.Empty()
            .WithIncome(MinimumNhs, 10_000m)
            .WithScheme("icb", "12", MinimumNhs, 10_000m, Commissioner.NHS, areaOfSpend: areaOfSpend)
            .WithScheme("icb", "10", MinimumNhs, 10_000m, Commissioner.NHS, areaOfSpend: "Community Health")
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("icb", Row("12", 4_000m), Row("10", 1_500m))]);

        Assert.Equal(1_500m, summary.RequiredSpend[0].ExpenditureToDate);
        Assert.Equal(5_500m, summary.RunningBalances[0].ExpenditureToDate);
    }

    [Fact]
    public void Aggregate_LaCommissionedSocialCareFromMinimumNhs_CountsInAdultSocialCareOnly()
    {
        var plan = PlanBuilder.Empty()
            .WithIncome(MinimumNhs, 10_000m)
            .WithScheme("county", "2", MinimumNhs, 10_000m, Commissioner.LA, areaOfSpend: "Social Care")
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("county", Row("2", 3_000m))]);

        Assert.Equal(0m, summary.RequiredSpend[0].ExpenditureToDate);
        Assert.Equal(3_000m, summary.RequiredSpend[1].ExpenditureToDate);
    }

    [Theory]
    [InlineData("iBCF", "Social Care", 0)]
    [InlineData("DFG", "Social Care", 0)]
    [InlineData(MinimumNhs, "social care ", 700)]
    [InlineData(MinimumNhs, "Community Health", 0)]
    public void Aggregate_AdultSocialCare_OnlyMinimumNhsSocialCareSchemes(string source, string areaOfSpend, int expected)
    {
        var plan = PlanBuilder.Empty()
            .WithIncome(source, 10_000m)
            .WithScheme("county", "1", source, 10_000m, Commissioner.LA, areaOfSpend: areaOfSpend)
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("county", Row("1", 700m))]);

        Assert.Equal((decimal)expected, summary.RequiredSpend[1].ExpenditureToDate);
    }

    [Fact]
    public void Aggregate_SpendAboveMinimum_BalanceNegative()
    {
        var plan = PlanBuilder.Empty()
            .WithIncome(MinimumNhs, 10_000m)
            .WithRequiredSpend(1_000m, 500m)
            .WithScheme("icb", "1", MinimumNhs, 10_000m, Commissioner.NHS, areaOfSpend: "Social Care")
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("icb", Row("1", 1_200m))]);

        Assert.Equal(-200m, summary.RequiredSpend[0].Balance);
        Assert.Equal(-700m, summary.RequiredSpend[1].Balance);
    }
}
