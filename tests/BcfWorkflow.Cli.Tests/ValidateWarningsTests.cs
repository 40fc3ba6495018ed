using BcfWorkflow.Cli.Tests.Support;

namespace BcfWorkflow.Cli.Tests;

public sealed class ValidateWarningsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Validate_OverspendWithoutComment_WarnsAndExitsZero()
    {
        var file = temp.Combine("leicestershire-cc.csv");
        var text = File.ReadAllText(Samples.Q2("leicestershire-cc"));
        var overspend = text.Split('\n').Single(l => l.StartsWith("12,", StringComparison.Ordinal));
        File.WriteAllText(file, text.Replace(overspend, overspend[..(overspend.IndexOf(",\"Emergency", StringComparison.Ordinal) + 1)], StringComparison.Ordinal));

        var result = CliRunner.Run("validate", "--plan", Samples.Plan, "--contributor", "leicestershire-cc", file);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"warning: {file}:13:", StringComparison.Ordinal));
        Assert.Contains("1 warning.", result.Out, StringComparison.Ordinal);
    }
}
