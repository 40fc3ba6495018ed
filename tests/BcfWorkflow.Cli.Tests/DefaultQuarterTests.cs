using BcfWorkflow.Cli.Commands;

namespace BcfWorkflow.Cli.Tests;

public sealed class DefaultQuarterTests
{
    [Theory]
    [InlineData("2024-04-15", 1)]
    [InlineData("2024-06-30", 1)]
    [InlineData("2024-10-01", 2)]
    [InlineData("2025-01-02", 3)]
    [InlineData("2025-03-31", 4)]
    [InlineData("2026-11-24", 4)]
    [InlineData("2023-12-01", 1)]
    public void For_Today_IsTheLatestQuarterEnded(string today, int expected)
    {
        var quarter = DefaultQuarter.For("2024-25", DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, quarter.Number);
    }
}
