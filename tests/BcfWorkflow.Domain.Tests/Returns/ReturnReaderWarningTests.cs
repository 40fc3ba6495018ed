using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Tests.Builders;
using BcfWorkflow.Domain.Validation;
using static BcfWorkflow.Domain.Tests.ReturnReading.ReturnFiles;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

public class ReturnReaderWarningTests
{
    private static readonly ContributorReturn LastQuarter = new(PlanBuilder.Blaby, "q1.csv", [new ReturnRow("39", 400_000m, 50m, "")]);

    [Theory]
    [InlineData("£300,000", "60", ReturnColumns.ExpenditureToDate, "below last quarter's £400,000")]
    [InlineData("£700,000", "60", ReturnColumns.ExpenditureToDate, "above the £603,345 planned")]
    [InlineData("£450,000", "90", ReturnColumns.OutputsDeliveredToDate, "above the 85 planned")]
    [InlineData("£450,000", "45", ReturnColumns.OutputsDeliveredToDate, "below last quarter's 50")]
    [InlineData("£450,000", "NA", ReturnColumns.OutputsDeliveredToDate, "85 are planned")]
    [InlineData("£450,000", "", ReturnColumns.OutputsDeliveredToDate, "85 are planned")]
    public void Read_FigureNeedingACommentWithoutOne_IsAWarningAndStillValid(string spend, string outputs, string column, string message)
    {
        var result = ReadCsv(Csv(Header, $"39,,\"{spend}\",{outputs},"), previous: LastQuarter);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((IssueCodes.NeedsComment, IssueSeverity.Warning, 2, column), (warning.Code, warning.Severity, warning.Row, warning.Column));
        Assert.Contains(message, warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("£300,000", "60")]
    [InlineData("£700,000", "90")]
    [InlineData("£450,000", "NA")]
    public void Read_FigureNeedingACommentWithOne_HasNoWarning(string spend, string outputs)
    {
        var result = ReadCsv(Csv(Header, $"39,,\"{spend}\",{outputs},Grant paid late"), previous: LastQuarter);

        Assert.True(result.IsValid);
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData("400000", "50", "", true)]       // last quarter's file sent again
    [InlineData("400001", "50", "", false)]      // a figure moved
    [InlineData("400000", "51", "", false)]
    [InlineData("400000", "50", "No adaptations completed this quarter", false)] // said in a comment
    public void Read_EveryFigureAsLastQuarter_WarnsUnlessSomethingChanged(string spend, string outputs, string comment, bool warned)
    {
        var result = ReadCsv(Csv(Header, $"39,,{spend},{outputs},{comment}"), previous: LastQuarter);

        Assert.True(result.IsValid);
        Assert.Equal(warned, result.Warnings.Any(w => w.Code == IssueCodes.SameAsLastQuarter));
    }

    [Fact]
    public void Read_NoOutputsColumnWhereOutputsArePlanned_WarnsTheyAreReadAsNa()
    {
        var result = ReadCsv(Csv("Scheme ID,Expenditure to date (£)", "39,£5"));

        var warning = Assert.Single(result.Issues);
        Assert.Equal((IssueSeverity.Warning, "Outputs delivered to date"), (warning.Severity, warning.Column));
        Assert.Contains("scheme 39 plans outputs: they are read as NA", warning.Message, StringComparison.Ordinal);
        Assert.Null(result.Return!.Rows[0].OutputsDeliveredToDate);
    }

    [Fact]
    public void Read_OutputsUnderAnotherName_IsRefusedSayingWhichColumnToRename()
    {
        // Found trying the product: "Outputs" with 90 in it was read as NA, the figure lost without a word.
        var result = ReadCsv(Csv("Scheme ID,Expenditure to date (£),Outputs", "39,£5,90"));

        Assert.Null(result.Return);
        var error = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Contains("'Outputs'", error.Message, StringComparison.Ordinal);
        Assert.Contains("rename it 'Outputs delivered to date'", error.Message, StringComparison.Ordinal);
    }
}
