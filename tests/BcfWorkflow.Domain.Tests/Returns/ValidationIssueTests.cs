using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

public class ValidationIssueTests
{
    [Fact]
    public void ToString_RowAndColumn_IsFileRowColumnMessage() =>
        Assert.Equal(
            "blaby.csv:3:Expenditure to date (£): 'abc' is not an amount in pounds.",
            new ValidationIssue(IssueCodes.BadAmount, "blaby.csv", 3, "Expenditure to date (£)", "'abc' is not an amount in pounds.").ToString());

    [Fact]
    public void ToString_NoRow_LeavesItEmpty() =>
        Assert.Equal(
            "blaby.csv::Scheme ID: There is no row for scheme 39.",
            new ValidationIssue(IssueCodes.MissingScheme, "blaby.csv", null, "Scheme ID", "There is no row for scheme 39.").ToString());

    [Fact]
    public void ToString_IssueFromReader_UsesTheSameFormat()
    {
        var result = ReturnFiles.ReadCsv(ReturnFiles.Csv(ReturnFiles.Header, "39,,abc,40,"));

        Assert.Equal("return.csv:2:Expenditure to date (£): 'abc' is not an amount in pounds: type a number such as 2600000 or £2,600,000.", Assert.Single(result.Issues).ToString());
    }
}
