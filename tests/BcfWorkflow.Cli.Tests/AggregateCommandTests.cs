using System.Text.Json;
using BcfWorkflow.Cli.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace BcfWorkflow.Cli.Tests;

public sealed class AggregateCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static string[] AggregateArgs(string outDir, IEnumerable<string> returns) =>
        ["aggregate", "--plan", Samples.Plan, "--returns", .. returns, "--out", outDir, "--quarter", "Q2"];

    private static List<string> ReturnsWithOneReplaced(string contributorId, string replacement) =>
        Samples.AllQ2Returns().Select(p => p == Samples.Q2(contributorId) ? replacement : p).ToList();

    [Fact]
    public void Aggregate_SampleQ2Returns_WritesTheThreeFilesWithTheExpectedTotals()
    {
        var outDir = temp.Combine("out");
        var expected = ExpectedFigures.From(Samples.Plan, Samples.AllQ2Returns());

        var result = CliRunner.Run(AggregateArgs(outDir, Samples.AllQ2Returns()));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["summary.json", "template.csv", "template.xlsx"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        var root = summary.RootElement;
        Assert.Equal("Q2", root.GetProperty("quarter").GetString());
        var balances = root.GetProperty("runningBalances").EnumerateArray().ToDictionary(b => b.GetProperty("source").GetString()!);
        foreach (var (source, income) in expected.Income)
        {
            var spent = expected.SpendBySource[source];
            Assert.Equal(income, balances[source].GetProperty("income").GetDecimal());
            Assert.Equal(spent, balances[source].GetProperty("expenditureToDate").GetDecimal());
            Assert.Equal(income - spent, balances[source].GetProperty("balance").GetDecimal());
        }
        Assert.Equal(expected.SpendBySource.Values.Sum(), balances["Total"].GetProperty("expenditureToDate").GetDecimal());
        Assert.Equal(JsonValueKind.Null, balances["Additional LA Contribution"].GetProperty("percentageSpent").ValueKind);
        var dfg = balances["DFG"];
        Assert.Equal(expected.SpendBySource["DFG"] / expected.Income["DFG"], dfg.GetProperty("percentageSpent").GetDecimal(), 4);

        var required = root.GetProperty("requiredSpend").EnumerateArray().ToList();
        Assert.Equal(expected.OutOfHospital, required[0].GetProperty("expenditureToDate").GetDecimal());
        Assert.Equal(expected.OutOfHospitalMinimum - expected.OutOfHospital, required[0].GetProperty("balance").GetDecimal());
        Assert.Equal(expected.AdultSocialCare, required[1].GetProperty("expenditureToDate").GetDecimal());
        Assert.Equal(expected.AdultSocialCareMinimum - expected.AdultSocialCare, required[1].GetProperty("balance").GetDecimal());
        Assert.Equal(59, root.GetProperty("schemes").GetArrayLength());
    }

    [Fact]
    public void Aggregate_SampleQ2Returns_WritesAnOpenableWorkbookAndTheSchemeTableCsv()
    {
        var outDir = temp.Combine("out");

        var result = CliRunner.Run(AggregateArgs(outDir, Samples.AllQ2Returns()));

        Assert.True(result.ExitCode == 0, result.Error);
        using (var workbook = SpreadsheetDocument.Open(Path.Combine(outDir, "template.xlsx"), isEditable: false))
        {
            Assert.NotEmpty(workbook.WorkbookPart!.WorksheetParts);
        }
        var csv = SimpleCsv.ReadFile(Path.Combine(outDir, "template.csv"));
        Assert.Contains("Scheme ID", csv[0]);
        Assert.Equal(59, csv.Skip(1).Count(r => r.Count > 1));
        Assert.Contains("Wrote summary.json, template.xlsx, template.csv", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_SampleQ2Returns_WorkbookFiguresEqualSummaryJsonToThePenny()
    {
        var outDir = temp.Combine("out");

        var result = CliRunner.Run(AggregateArgs(outDir, Samples.AllQ2Returns()));

        Assert.True(result.ExitCode == 0, result.Error);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        var root = summary.RootElement;
        var workbook = TemplateWorkbook.Read(Path.Combine(outDir, "template.xlsx"), "6. Expenditure");
        Assert.Equal(["1. Guidance", "2. Cover", "3. National Conditions", "4. Metrics", "6. Expenditure"], workbook.SheetNames);
        Assert.Equal("Better Care Fund 2024-25 Q2 Reporting Template", workbook.Text("A1"));

        // Running balances: one row per source and the Total (its figures are SUM formulas; their saved values count).
        var balances = workbook.RowsUnder("Running Balances").ToList();
        var expectedBalances = root.GetProperty("runningBalances").EnumerateArray().ToList();
        Assert.Equal(expectedBalances.Select(b => b.GetProperty("source").GetString()), balances.Select(b => b.Label));
        foreach (var (expected, (_, row)) in expectedBalances.Zip(balances))
        {
            Assert.Equal(expected.GetProperty("income").GetDecimal(), workbook.Number($"D{row}"));
            Assert.Equal(expected.GetProperty("expenditureToDate").GetDecimal(), workbook.Number($"E{row}"));
            Assert.Equal(expected.GetProperty("balance").GetDecimal(), workbook.Number($"G{row}"));
            var percentage = expected.GetProperty("percentageSpent");
            decimal? expectedPercentage = percentage.ValueKind == JsonValueKind.Null ? null : percentage.GetDecimal();
            Assert.Equal(expectedPercentage, workbook.Number($"F{row}") is { } p ? Math.Round(p, 4, MidpointRounding.AwayFromZero) : null);
        }

        // Required spend.
        var required = workbook.RowsUnder("Required Spend").ToList();
        foreach (var (expected, (label, row)) in root.GetProperty("requiredSpend").EnumerateArray().Zip(required))
        {
            Assert.Equal(expected.GetProperty("name").GetString(), label);
            Assert.Equal(expected.GetProperty("expenditureToDate").GetDecimal(), workbook.Number($"E{row}"));
            Assert.Equal(expected.GetProperty("balance").GetDecimal(), workbook.Number($"F{row}"));
        }

        // Every scheme: Scheme ID (a number) to expenditure to date (column R), exactly; then the Total row.
        var schemes = workbook.RowsUnder("Scheme ID").ToList();
        var expectedSchemes = root.GetProperty("schemes").EnumerateArray().ToList();
        Assert.Equal([.. expectedSchemes.Select(s => s.GetProperty("id").GetString()), "Total"], schemes.Select(s => s.Label));
        foreach (var (expected, (_, row)) in expectedSchemes.Zip(schemes))
        {
            var spent = expected.GetProperty("expenditureToDate");
            decimal? expectedSpent = spent.ValueKind == JsonValueKind.Null ? null : spent.GetDecimal();
            Assert.Equal(expectedSpent, workbook.Number($"R{row}"));
        }
        Assert.Equal(expectedSchemes.Sum(s => s.GetProperty("expenditureToDate").GetDecimal()), workbook.Number($"R{schemes[^1].Row}"));
    }

    [Fact]
    public void Aggregate_OneBadFile_LeavesAnExistingOutputDirectoryUntouched()
    {
        var outDir = temp.Combine("out");
        Directory.CreateDirectory(outDir);
        foreach (var name in new[] { "summary.json", "template.xlsx", "template.csv", "notes.txt" })
        {
            var path = Path.Combine(outDir, name);
            File.WriteAllText(path, "from last quarter");
            File.SetLastWriteTimeUtc(path, new DateTime(2024, 7, 1, 9, 0, 0, DateTimeKind.Utc));
        }
        var before = DirectorySnapshot.Take(temp.Path);
        var bad = Samples.Invalid("negative-amount.csv");

        var result = CliRunner.Run(AggregateArgs(outDir, ReturnsWithOneReplaced("llr-icb", bad)));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"{bad}:6:Expenditure to date (£):", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before, DirectorySnapshot.Take(temp.Path));
    }

    [Fact]
    public void Aggregate_OneBadFile_DoesNotCreateAMissingOutputDirectory()
    {
        var outDir = temp.Combine("nested", "out");

        var result = CliRunner.Run(AggregateArgs(outDir, ReturnsWithOneReplaced("llr-icb", Samples.Invalid("bad-outputs.csv"))));

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Aggregate_SeveralBadFiles_ReportsTheProblemsOfEveryFile()
    {
        var outDir = temp.Combine("out");
        var returns = ReturnsWithOneReplaced("llr-icb", Samples.Invalid("unparseable-amount.csv"));
        returns.Add(Samples.Invalid("empty.csv"));

        var result = CliRunner.Run(AggregateArgs(outDir, returns));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith(Samples.Invalid("unparseable-amount.csv") + ":3:", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith(Samples.Invalid("empty.csv") + ":", StringComparison.Ordinal));
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Aggregate_TwoReturnsOfOneContributor_ExitsOneNamingTheSecond()
    {
        var outDir = temp.Combine("out");
        var copy = temp.Combine("blaby-again.csv");
        File.Copy(Samples.Q2("blaby"), copy);

        var result = CliRunner.Run(AggregateArgs(outDir, [.. Samples.AllQ2Returns(), copy]));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith(copy + ": ", StringComparison.Ordinal) && line.Contains("'blaby'", StringComparison.Ordinal));
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Aggregate_MissingReturnFile_ExitsOneSayingNotFound()
    {
        var missing = temp.Combine("melton.csv");

        var result = CliRunner.Run(AggregateArgs(temp.Combine("out"), [Samples.Q2("blaby"), missing]));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{missing}: file not found", result.ErrorLines);
    }

    [Fact]
    public void Aggregate_IntoAnExistingDirectory_ReplacesTheFilesAndKeepsOthers()
    {
        var outDir = temp.Combine("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "summary.json"), "old");
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "keep me");

        var result = CliRunner.Run(AggregateArgs(outDir, Samples.AllQ2Returns()));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("{", File.ReadAllText(Path.Combine(outDir, "summary.json")).TrimStart(), StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(outDir, "notes.txt")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("Q5")]
    [InlineData("autumn")]
    public void Aggregate_BadQuarter_IsAUsageError(string quarter)
    {
        var result = CliRunner.Run("aggregate", "--plan", Samples.Plan, "--returns", Samples.Q2("blaby"), "--out", temp.Combine("out"), "--quarter", quarter);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--quarter", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }
}
