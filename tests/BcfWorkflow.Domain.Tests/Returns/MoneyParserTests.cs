using BcfWorkflow.Domain.Returns.Parsing;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

public class MoneyParserTests
{
    [Theory]
    [InlineData("£1,108,147", "1108147")]
    [InlineData("1108147", "1108147")]
    [InlineData("1,108,147.00", "1108147")]
    [InlineData("£0", "0")]
    [InlineData(" £ 1,234 ", "1234")]
    [InlineData("1108147.5", "1108147.5")]
    [InlineData("£603,345.25", "603345.25")]
    [InlineData("\u00A0£1,000\u00A0", "1000")]
    [InlineData("999", "999")]
    [InlineData("0.5", "0.5")]
    public void Parse_PublishedFormat_ReadsPounds(string text, string expected)
    {
        var (outcome, value) = MoneyParser.Parse(new TableCell(text));

        Assert.Equal(AmountOutcome.Ok, outcome);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("£")]
    [InlineData("1,10,8147")]
    [InlineData("1,1081,47")]
    [InlineData("1 108 147")]
    [InlineData("1,108,147.")]
    [InlineData(".5")]
    [InlineData("1108147.555")]
    [InlineData(",123")]
    [InlineData("£1,234£")]
    [InlineData("1e5")]
    [InlineData("#N/A")]
    public void Parse_NotAnAmount_SaysSo(string text) =>
        Assert.Equal(AmountOutcome.NotAnAmount, MoneyParser.Parse(new TableCell(text)).Outcome);

    [Theory]
    [InlineData("1.108.147", "1108147")]
    [InlineData("374277,00", "374277")]
    [InlineData("1.108.147,50", "1108147.5")]
    [InlineData("£ 12,5", "12.5")]
    [InlineData("1272", "1272")]
    public void Parse_ContinentalFile_ReadsContinentalStyle(string text, string expected)
    {
        var (outcome, value) = MoneyParser.Parse(new TableCell(text), NumberConvention.Continental);

        Assert.Equal(AmountOutcome.Ok, outcome);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.272", "Unknown")]
    [InlineData("1.108.147", "Unknown")]
    [InlineData("12,34", "Unknown")]
    [InlineData("12,5", "Uk")]
    [InlineData("12,5", "Mixed")]
    [InlineData("£374,277", "Continental")]
    [InlineData("1,108,147.50", "Continental")]
    public void Parse_StyleTheFileDoesNotUse_IsRefusedNotGuessed(string text, string convention) =>
        Assert.Equal(AmountOutcome.OtherConvention, MoneyParser.Parse(new TableCell(text), Enum.Parse<NumberConvention>(convention)).Outcome);

    [Theory]
    [InlineData("£374,277", "374277")]
    [InlineData("1,108,147", "1108147")]
    public void Parse_UnknownConventionButOnlyUkReadsAnAmount_ReadsUk(string text, string expected)
    {
        // "374,277" in continental style would be £374.277: three decimal places, not an amount.
        var (outcome, value) = MoneyParser.Parse(new TableCell(text), NumberConvention.Unknown);

        Assert.Equal(AmountOutcome.Ok, outcome);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("£-")]
    [InlineData(" £- ")]
    [InlineData("£ -   ")]
    [InlineData("-")]
    public void Parse_AccountingZero_IsZero(string text)
    {
        var (outcome, value) = MoneyParser.Parse(new TableCell(text));

        Assert.Equal(AmountOutcome.Ok, outcome);
        Assert.Equal(0m, value);
    }

    [Theory]
    [InlineData("Date", "Date")]
    [InlineData("Error", "FormulaError")]
    [InlineData("UncalculatedFormula", "UncalculatedFormula")]
    public void Parse_SpreadsheetCellThatIsNotANumber_SaysWhat(string kind, string expected) =>
        Assert.Equal(Enum.Parse<AmountOutcome>(expected), MoneyParser.Parse(new TableCell("30/09/2024", Enum.Parse<CellKind>(kind))).Outcome);

    [Theory]
    [InlineData("-5")]
    [InlineData("-£1,234")]
    [InlineData("£-1,234")]
    [InlineData("(£1,234)")]
    [InlineData("\u2212100")]
    public void Parse_Negative_ReportsNegative(string text) =>
        Assert.Equal(AmountOutcome.Negative, MoneyParser.Parse(new TableCell(text)).Outcome);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Blank_ReportsBlank(string text) =>
        Assert.Equal(AmountOutcome.Blank, MoneyParser.Parse(new TableCell(text)).Outcome);

    [Fact]
    public void Parse_SpreadsheetNumberWithFractionOfPenny_RoundsToPennies()
    {
        var (outcome, value) = MoneyParser.Parse(new TableCell("33333.3333", CellKind.Number));

        Assert.Equal(AmountOutcome.Ok, outcome);
        Assert.Equal(33333.33m, value);
    }
}
