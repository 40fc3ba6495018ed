using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Tests.Builders;
using BcfWorkflow.Domain.Validation;
using static BcfWorkflow.Domain.Tests.Aggregation.TestReturns;

namespace BcfWorkflow.Domain.Tests.Aggregation;

public class AreaAggregatorWarningTests
{
    private static readonly Plan OneScheme = PlanBuilder.Empty()
        .WithIncome("DFG", 1_000_000m)
        .WithContributor("blaby", "Blaby District Council")
        .WithScheme("blaby", PlanBuilder.DfgScheme("39", "Blaby District Council", "Integrated Blaby Planning", 603_345m, null))
        .Build();

    [Fact]
    public void Aggregate_ContributorWithoutReturn_MissingReturnWarningNamesIt()
    {
        var returns = LeicestershireQuarter.Returns.Where(r => r.ContributorId != PlanBuilder.Charnwood);

        var summary = AreaAggregator.Aggregate(LeicestershireQuarter.Plan, new Quarter(2), returns);

        var warning = Assert.Single(summary.Warnings, w => w.Code == AggregationWarningCodes.MissingReturn);
        Assert.Equal(("", IssueSeverity.Warning), (warning.File, warning.Severity));
        Assert.Contains("Charnwood Borough Council", warning.Message, StringComparison.Ordinal);
        var charnwoods = LeicestershireQuarter.Plan.SchemesOf(LeicestershireQuarter.Plan.FindContributor(PlanBuilder.Charnwood)!).Select(s => s.Id).ToList();
        Assert.All(charnwoods, id => Assert.Contains(id, warning.Message, StringComparison.Ordinal));
        // Its schemes' blank spend and outputs are said once, by that warning, not again per column.
        Assert.DoesNotContain(summary.Warnings, w => w.Code == AggregationWarningCodes.ChecklistIncomplete
            && charnwoods.Any(id => w.Message.Contains($" {id}", StringComparison.Ordinal)));
        Assert.False(summary.Checklist.Single(c => c.Column == TemplateColumns.ExpenditureToDate).Complete);
    }

    [Fact]
    public void Aggregate_2025To26PlanWithThe2024To25Sources_WarnsOfEachSourceTheYearDoesNotName()
    {
        var plan = PlanBuilder.Empty().WithArea("Leicestershire", "2025-26")
            .WithIncome("DFG", 1_000_000m).WithIncome("iBCF", 500_000m).WithIncome("Local Authority Better Care Grant", 250_000m)
            .WithContributor("blaby", "Blaby District Council")
            .WithScheme("blaby", PlanBuilder.DfgScheme("39", "Blaby District Council", "Integrated Blaby Planning", 603_345m, null))
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), []);

        var warning = Assert.Single(summary.Warnings, w => w.Code == AggregationWarningCodes.SourceNotInTemplate);
        Assert.StartsWith("The plan's source of funding 'iBCF' is not one the 2025-26 template names (DFG, Minimum NHS Contribution, Local Authority Better Care Grant",
            warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_2024To25SourcesOrAYearNotInTheData_NoSourceWarning()
    {
        Assert.DoesNotContain(LeicestershireQuarter.Aggregate().Warnings, w => w.Code == AggregationWarningCodes.SourceNotInTemplate);
        var later = PlanBuilder.Empty().WithArea("Leicestershire", "2031-32").WithIncome("Winter Pressures Grant", 1m)
            .WithContributor("blaby").WithScheme("blaby", PlanBuilder.DfgScheme("39", "Blaby District Council", "x", 1m, null)).Build();
        Assert.DoesNotContain(AreaAggregator.Aggregate(later, new Quarter(1), []).Warnings, w => w.Code == AggregationWarningCodes.SourceNotInTemplate);
    }

    [Fact]
    public void Aggregate_EveryoneReturned_NoMissingReturnWarning()
    {
        var summary = LeicestershireQuarter.Aggregate();

        Assert.DoesNotContain(summary.Warnings, w => w.Code == AggregationWarningCodes.MissingReturn);
    }

    [Fact]
    public void Aggregate_SpendAbovePlanWithoutComment_NeedsCommentOnTheReturnsFile()
    {
        var summary = AreaAggregator.Aggregate(OneScheme, new Quarter(2), [For("blaby", Row("39", 603_346m, comments: "  "))]);

        var warning = Assert.Single(summary.Warnings);
        Assert.Equal(
            (AggregationWarningCodes.NeedsComment, "blaby.csv", "Comments", IssueSeverity.Warning),
            (warning.Code, warning.File, warning.Column, warning.Severity));
        Assert.Contains("£603,346", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(603_345, "")]
    [InlineData(700_000, "Extra adaptations approved by the board")]
    public void Aggregate_SpendWithinPlanOrCommented_NoWarning(int spend, string comments)
    {
        var summary = AreaAggregator.Aggregate(OneScheme, new Quarter(2), [For("blaby", Row("39", spend, comments: comments))]);

        Assert.Empty(summary.Warnings);
    }

    [Fact]
    public void Aggregate_SchemeSourceWithoutIncome_UnknownSourceWarning()
    {
        var plan = PlanBuilder.Empty()
            .WithIncome("DFG", 1_000m)
            .WithScheme("x", "1", "Winter Pressures Grant", 500m)
            .Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [For("x", Row("1", 100m))]);

        var warning = Assert.Single(summary.Warnings, w => w.Code == AggregationWarningCodes.UnknownSource);
        Assert.Contains("Winter Pressures Grant", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0m, summary.RunningBalances[^1].ExpenditureToDate);
    }
}
