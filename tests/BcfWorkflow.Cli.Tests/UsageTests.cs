using BcfWorkflow.Cli.Tests.Support;

namespace BcfWorkflow.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("validate", "--contributor", "blaby", "x.csv")]
    [InlineData("aggregate", "--plan", "plan.json", "--out", "out")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Run_WrongCommandLine_ExitsTwo(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bcf --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ListsTheCommands()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("validate", result.Out, StringComparison.Ordinal);
        Assert.Contains("aggregate", result.Out, StringComparison.Ordinal);
    }
}
