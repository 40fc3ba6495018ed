using BcfWorkflow.Domain.Rendering;

namespace BcfWorkflow.Domain.Tests.Rendering;

public class MoneyFormatTests
{
    [Theory]
    [InlineData("1108147", "£1,108,147")]
    [InlineData("1108147.49", "£1,108,147")]
    [InlineData("1108146.5", "£1,108,147")]
    [InlineData("0", "£0")]
    [InlineData("0.5", "£1")]
    [InlineData("999.99", "£1,000")]
    [InlineData("-2500.5", "-£2,501")]
    [InlineData("82538149", "£82,538,149")]
    public void Pounds_Amount_WholePoundsWithSeparatorsMidpointAwayFromZero(string amount, string expected) =>
        Assert.Equal(expected, MoneyFormat.Pounds(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1234", "£1,234")]
    [InlineData("1234.00", "£1,234")]
    [InlineData("1234.5", "£1,234.50")]
    [InlineData("1234.505", "£1,234.51")]
    [InlineData("0.07", "£0.07")]
    [InlineData("0", "£0")]
    [InlineData("-2500.25", "-£2,500.25")]
    public void PoundsAndAnyPence_Amount_PenceOnlyWhenThereAreSome(string amount, string expected) =>
        Assert.Equal(expected, MoneyFormat.PoundsAndAnyPence(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.419", "41.90%")]
    [InlineData("0.41895", "41.90%")]
    [InlineData("0.418949", "41.89%")]
    [InlineData("1", "100.00%")]
    [InlineData("0", "0.00%")]
    [InlineData("1.25", "125.00%")]
    public void Percentage_Fraction_TwoDecimalPlaces(string fraction, string expected) =>
        Assert.Equal(expected, MoneyFormat.Percentage(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Percentage_Null_Empty() => Assert.Equal("", MoneyFormat.Percentage(null));

    [Theory]
    [InlineData("346085.00", "346085")]
    [InlineData("40.50", "40.5")]
    [InlineData("-100", "-100")]
    [InlineData("0.0001", "0.0001")]
    public void PlainNumber_Value_InvariantWithoutTrailingZerosOrGrouping(string value, string expected) =>
        Assert.Equal(expected, MoneyFormat.PlainNumber(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
