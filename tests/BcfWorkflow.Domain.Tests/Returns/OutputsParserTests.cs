using BcfWorkflow.Domain.Returns.Parsing;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

public class OutputsParserTests
{
    [Theory]
    [InlineData("40", "40")]
    [InlineData("12.5", "12.5")]
    [InlineData(" 0 ", "0")]
    public void Parse_Number_ReadsIt(string text, string expected)
    {
        var (outcome, value) = OutputsParser.Parse(new TableCell(text));

        Assert.Equal(AmountOutcome.Ok, outcome);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("N/A")]
    [InlineData(" n/a ")]
    public void Parse_NotApplicable_ReadsNull(string text)
    {
        var (outcome, value) = OutputsParser.Parse(new TableCell(text));

        Assert.Equal(AmountOutcome.Ok, outcome);
        Assert.Null(value);
    }

    [Theory]
    [InlineData("", "Blank")]
    [InlineData("lots", "NotAnAmount")]
    [InlineData("£40", "NotAnAmount")]
    [InlineData("4,0", "OtherConvention")]
    [InlineData("1,500", "Ambiguous")]
    [InlineData("1.272", "Ambiguous")]
    [InlineData("-3", "Negative")]
    public void Parse_Other_ReportsOutcome(string text, string expected) =>
        Assert.Equal(Enum.Parse<AmountOutcome>(expected), OutputsParser.Parse(new TableCell(text)).Outcome);

    [Theory]
    [InlineData("1,500", "Uk", "1500")]
    [InlineData("1.272", "Uk", "1.272")]
    [InlineData("1.272", "Continental", "1272")]
    [InlineData("1,5", "Continental", "1.5")]
    public void Parse_FileShowsItsStyle_ReadsInThatStyle(string text, string convention, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), OutputsParser.Parse(new TableCell(text), Enum.Parse<NumberConvention>(convention)).Value);
}
