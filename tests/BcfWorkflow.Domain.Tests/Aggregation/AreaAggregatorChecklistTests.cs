using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Tests.Builders;
using static BcfWorkflow.Domain.Tests.Aggregation.TestReturns;

namespace BcfWorkflow.Domain.Tests.Aggregation;

public class AreaAggregatorChecklistTests
{
    private static readonly Scheme Complete = PlanBuilder.DfgScheme("39", "Blaby District Council", "Integrated Blaby Planning", 603_345m, 85m);

    [Fact]
    public void Aggregate_Always_ChecksTheRequiredColumnsInTemplateOrder()
    {
        var summary = Aggregate(Complete, Row("39", 1m, 1m));

        Assert.Equal(
            ["Scheme ID", "Scheme Name", "Brief Description", "Scheme Type", "Sub Types", "Outputs delivered to date",
             "Area of Spend", "Commissioner", "% NHS", "% LA", "Provider", "Source of Funding",
             "Previously entered expenditure for the year (£)", "Expenditure to date (£)"],
            summary.Checklist.Select(c => c.Column));
    }

    [Fact]
    public void Aggregate_EverythingFilled_AllCompleteAndNoChecklistWarning()
    {
        var summary = Aggregate(Complete, Row("39", 1m, 1m));

        Assert.All(summary.Checklist, c => Assert.True(c.Complete, c.Column));
        Assert.DoesNotContain(summary.Warnings, w => w.Code == AggregationWarningCodes.ChecklistIncomplete);
    }

    public static TheoryData<string, Func<Scheme, Scheme>> BlankPlanColumns => new()
    {
        { "Scheme Name", s => s with { Name = " " } },
        { "Brief Description", s => s with { Description = "" } },
        { "Scheme Type", s => s with { SchemeType = "" } },
        { "Sub Types", s => s with { SubType = "  " } },
        { "Area of Spend", s => s with { AreaOfSpend = "" } },
        { "Provider", s => s with { Provider = "" } },
        { "% NHS", s => s with { Commissioner = Commissioner.Joint, PctNhs = null, PctLa = 40m } },
        { "% LA", s => s with { Commissioner = Commissioner.Joint, PctNhs = 60m, PctLa = null } },
    };

    [Theory]
    [MemberData(nameof(BlankPlanColumns))]
    public void Aggregate_BlankPlanColumn_OnlyThatColumnIncompleteWithWarning(string column, Func<Scheme, Scheme> blank)
    {
        var summary = Aggregate(blank(Complete), Row("39", 1m, 1m));

        Assert.Equal([column], summary.Checklist.Where(c => !c.Complete).Select(c => c.Column));
        var warning = Assert.Single(summary.Warnings, w => w.Code == AggregationWarningCodes.ChecklistIncomplete);
        Assert.Equal((column, "", Validation.IssueSeverity.Warning), (warning.Column, warning.File, warning.Severity));
        Assert.Contains("39", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_JointWithBothPercentages_PercentColumnsComplete()
    {
        var summary = Aggregate(Complete with { Commissioner = Commissioner.Joint, PctNhs = 60m, PctLa = 40m }, Row("39", 1m, 1m));

        Assert.All(summary.Checklist, c => Assert.True(c.Complete, c.Column));
    }

    [Theory]
    [InlineData(85, null, false)]
    [InlineData(85, 3, true)]
    [InlineData(null, null, true)]
    [InlineData(null, 3, true)]
    public void Aggregate_Outputs_RequiredOnlyWherePlanned(int? plannedOutputs, int? returnedOutputs, bool complete)
    {
        var summary = Aggregate(Complete with { PlannedOutputs = plannedOutputs }, Row("39", 1m, returnedOutputs));

        Assert.Equal(complete, summary.Checklist.Single(c => c.Column == TemplateColumns.OutputsDeliveredToDate).Complete);
    }

    [Fact]
    public void Aggregate_SchemeNotReturned_ExpenditureAndPlannedOutputsIncomplete()
    {
        var plan = PlanBuilder.Empty().WithIncome("DFG", 1m).WithScheme("blaby", Complete).Build();

        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), []);

        Assert.Equal(
            [TemplateColumns.OutputsDeliveredToDate, TemplateColumns.ExpenditureToDate],
            summary.Checklist.Where(c => !c.Complete).Select(c => c.Column));
    }

    private static AreaSummary Aggregate(Scheme scheme, Returns.ReturnRow row)
    {
        var plan = PlanBuilder.Empty().WithIncome("DFG", 1_000_000m).WithScheme("blaby", scheme).Build();
        return AreaAggregator.Aggregate(plan, new Quarter(2), [For("blaby", row)]);
    }
}
