using System.Text.Json;
using BcfWorkflow.Cli.Tests.Support;

namespace BcfWorkflow.Cli.Tests.Demo;

/// <summary>Runs the whole demo in process (Azurite, the durable engine, the API; about a minute) and checks --out.</summary>
public sealed class DemoCommandTests : IDisposable
{
    readonly TempDirectory temp = new();

    [Fact]
    public void Demo_RunToTheEnd_LeavesTemplatesSummaryAuditAndEveryEmail()
    {
        var outDir = temp.Combine("out");

        var result = CliRunner.Run("demo", "--out", outDir, "--plain");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Out}\n{result.Error}");
        Assert.Equal(["audit.jsonl", "summary.json", "template.csv", "template.json", "template.xlsx"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var expected = ExpectedFigures.From(Samples.Plan, Samples.AllQ2Returns());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        var total = summary.RootElement.GetProperty("runningBalances").EnumerateArray().Single(b => b.GetProperty("source").GetString() == "Total");
        Assert.Equal(expected.SpendBySource.Values.Sum(), total.GetProperty("expenditureToDate").GetDecimal());

        var actions = File.ReadAllLines(Path.Combine(outDir, "audit.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("action").GetString()).ToList();
        Assert.Contains("cycle-opened", actions);
        Assert.Contains("sent-back", actions);
        Assert.Contains("approved", actions);
        Assert.Equal(10, actions.Count(a => a == "return-submitted"));

        var emails = Directory.GetFiles(Path.Combine(outDir, "emails"), "*.eml").Select(Path.GetFileName).ToList();
        Assert.Contains(emails, e => e!.Contains("melton_reminder_", StringComparison.Ordinal));
        Assert.Contains(emails, e => e!.Contains("melton_escalation_", StringComparison.Ordinal));
        Assert.Contains(emails, e => e!.Contains("hinckley-bosworth_sent-back_1", StringComparison.Ordinal));
        var sentBack = File.ReadAllText(Path.Combine(outDir, "emails", emails.Single(e => e!.Contains("sent-back", StringComparison.Ordinal))!));
        Assert.Contains("dfg@hinckley-bosworth.example.gov.uk", sentBack, StringComparison.Ordinal);
        Assert.Contains("unparseable-amount.csv:3:Expenditure to date (£):", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
