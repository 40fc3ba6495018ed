using BcfWorkflow.Cli.Commands;
using BcfWorkflow.Cli.Tests.Support;

namespace BcfWorkflow.Cli.Tests.Bench;

/// <summary>Runs <c>bcf bench --quick</c>, which runs the bench tool (tools/BcfWorkflow.Bench, built beside bcf in this
/// project's output) as a child process (both engines: Azurite, the durable engine and the in-process one; seconds), and
/// checks that every figure line is printed. No timing is asserted: the figures depend on the machine.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void BenchQuick_BothEngines_PrintsEveryFigureLine()
    {
        var result = CliRunner.Run("bench", "--quick");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Out}\n{result.Error}");
        string[] domainLines =
        [
            "parse+validate 100-row return:", "naive CsvHelper+LINQ baseline:", "ratio naive/ours:", "aggregate an area (100 schemes):",
            "render xlsx:", "render csv:",
        ];
        Assert.All(domainLines, line => Assert.Contains(line, result.Out, StringComparison.Ordinal));
        foreach (var engine in new[] { "inprocess", "azurestorage" })
        {
            var section = Section(result.Out, $"engine {engine}:");
            Assert.Contains("quarter: 2 areas x 3 contributors = 6 submissions", section, StringComparison.Ordinal);
            Assert.Contains("total time:", section, StringComparison.Ordinal);
            Assert.Contains("submissions accepted per second:", section, StringComparison.Ordinal);
            Assert.Contains("orchestration actions per second:", section, StringComparison.Ordinal);
            Assert.Contains("emails sent: 16 (happy path 16)", section, StringComparison.Ordinal);
            Assert.Contains("peak memory:", section, StringComparison.Ordinal);
        }
        Assert.Contains("anchor: Durable Functions' Azure Storage backend publishes about 50 external events per second per instance", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchQuick_DurableEngineOverTwoTaskHubs_CompletesEveryCycle()
    {
        var result = CliRunner.Run("bench", "--quick", "--engine", "azurestorage", "--hubs", "2", "--iterations", "5");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Out}\n{result.Error}");
        Assert.Contains("engine azurestorage: Azure Storage backend on Azurite (in memory), 2 task hubs", result.Out, StringComparison.Ordinal);
        var section = Section(result.Out, "engine azurestorage:");
        Assert.Contains("quarter: 2 areas x 3 contributors = 6 submissions", section, StringComparison.Ordinal);
        Assert.Contains("emails sent: 16 (happy path 16)", section, StringComparison.Ordinal);
        Assert.DoesNotContain("engine inprocess:", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--engine", "nosuch")]
    [InlineData("--areas", "many")]
    public void Bench_WrongOption_IsAUsageError(string option, string value)
    {
        var result = CliRunner.Run("bench", "--quick", option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(option == "--engine" ? "nosuch" : "many", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_ToolNotBesideBcf_SaysHowToRunItAndFails()
    {
        using var folder = new TempDirectory();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await BenchCommand.RunAsync(new CliContext(stdout, stderr, TimeProvider.System), folder.Path, ["--quick"], CancellationToken.None);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Contains($"the bench tool is not beside bcf (no {folder.Combine(BenchCommand.ToolAssembly)})", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("bash scripts/bench.sh", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    /// <summary>The lines from the one starting with <paramref name="heading"/> up to the next unindented line.</summary>
    private static string Section(string output, string heading)
    {
        var lines = output.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(start >= 0, $"no '{heading}' in:\n{output}");
        var section = lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal));
        return string.Join('\n', section);
    }
}
