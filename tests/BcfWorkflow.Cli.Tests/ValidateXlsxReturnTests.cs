using BcfWorkflow.Cli.Tests.Support;

namespace BcfWorkflow.Cli.Tests;

public sealed class ValidateXlsxReturnTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Validate_XlsxOfTheSampleReturn_ExitsZero()
    {
        var xlsx = temp.Combine("llr-icb.xlsx");
        XlsxReturnWriter.Write(xlsx, SimpleCsv.ReadFile(Samples.Q2("llr-icb")));

        var result = CliRunner.Run("validate", "--plan", Samples.Plan, "--contributor", "llr-icb", xlsx);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"{xlsx}: valid return", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_XlsxWithANegativeAmount_ExitsOneNamingRowAndColumn()
    {
        var xlsx = temp.Combine("negative.xlsx");
        XlsxReturnWriter.Write(xlsx, SimpleCsv.ReadFile(Samples.Invalid("negative-amount.csv")));

        var result = CliRunner.Run("validate", "--plan", Samples.Plan, "--contributor", "llr-icb", xlsx);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"{xlsx}:6:Expenditure to date (£):", StringComparison.OrdinalIgnoreCase));
    }
}
