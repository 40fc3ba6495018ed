using BcfWorkflow.Cli.Tests.Support;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;

namespace BcfWorkflow.Cli.Tests;

public sealed class PlanImportCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static Plan ReadPlan(string path)
    {
        using var stream = File.OpenRead(path);
        var read = PlanReader.Read(stream, path);
        Assert.True(read.IsValid, string.Join("\n", read.Issues));
        return read.Plan!;
    }

    private static string Describe(Plan plan) => string.Join("\n",
        [
            $"{plan.Area}|{plan.Year}|{plan.Lead}|{plan.RequiredSpend}",
            .. plan.Income.Select(i => i.ToString()),
            .. plan.Contributors.Select(c => $"{c.Id}|{c.Name}|{c.Email}|{string.Join(",", c.SchemeIds)}"),
            .. plan.Schemes.Select(s => s.ToString()),
        ]);

    [Fact]
    public void PlanImport_SampleFiles_WritesThePlanOfTheSamplePlanJson()
    {
        var output = temp.Combine("plan.json");

        var result = CliRunner.Run("plan", "import", "--schemes", Samples.PlanImportSchemes, "--details", Samples.PlanImportDetails, "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal($"{output}: Leicestershire 2024-25, 59 schemes, 9 contributors, income £82,538,149", result.Out.TrimEnd());
        Assert.Equal("", result.Error);
        // The plans as read, compared field by field (Plan's own equality compares its lists by reference).
        Assert.Equal(Describe(ReadPlan(Samples.Plan)), Describe(ReadPlan(output)));
        Assert.Equal(["plan.json"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void PlanImport_ImportedPlan_AggregatesTheSampleReturnsAsTheOriginalPlanDoes()
    {
        var imported = temp.Combine("plan.json");
        Assert.Equal(0, CliRunner.Run("plan", "import", "--schemes", Samples.PlanImportSchemes, "--details", Samples.PlanImportDetails, "--out", imported).ExitCode);

        var fromOriginal = CliRunner.Run(["aggregate", "--plan", Samples.Plan, "--returns", .. Samples.AllQ2Returns(), "--out", temp.Combine("original"), "--quarter", "Q2"]);
        var fromImported = CliRunner.Run(["aggregate", "--plan", imported, "--returns", .. Samples.AllQ2Returns(), "--out", temp.Combine("imported"), "--quarter", "Q2"]);

        Assert.True(fromImported.ExitCode == 0, fromImported.Error);
        Assert.Equal(0, fromOriginal.ExitCode);
        Assert.Equal(File.ReadAllText(temp.Combine("original", "summary.json")), File.ReadAllText(temp.Combine("imported", "summary.json")));
        Assert.Equal(File.ReadAllText(temp.Combine("original", "template.csv")), File.ReadAllText(temp.Combine("imported", "template.csv")));
        Assert.Equal(fromOriginal.Out.Replace(temp.Combine("original"), "OUT", StringComparison.Ordinal),
            fromImported.Out.Replace(temp.Combine("imported"), "OUT", StringComparison.Ordinal));
        Assert.Equal(fromOriginal.Error, fromImported.Error);
    }

    [Fact]
    public void PlanImport_WorkbookWithPlanDetailsSheet_NeedsNoDetailsOption()
    {
        var workbook = temp.Combine("plan.xlsx");
        XlsxReturnWriter.Write(workbook, [("Schemes", SimpleCsv.ReadFile(Samples.PlanImportSchemes)), ("Plan details", SimpleCsv.ReadFile(Samples.PlanImportDetails))]);
        var output = temp.Combine("out", "plan.json");

        var result = CliRunner.Run("plan", "import", "--schemes", workbook, "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(Describe(ReadPlan(Samples.Plan)), Describe(ReadPlan(output)));
    }

    [Fact]
    public void PlanImport_InvalidFiles_ExitsOneWithEveryProblemAndLeavesTheOutputUntouched()
    {
        var schemes = temp.Combine("schemes.csv");
        var details = temp.Combine("details.csv");
        File.WriteAllText(schemes, File.ReadAllText(Samples.PlanImportSchemes).Replace("\"£1,120,000\"", "\"£1,12,0000\"", StringComparison.Ordinal));
        File.WriteAllLines(details, File.ReadAllLines(Samples.PlanImportDetails).Where(l => !l.StartsWith("Income: iBCF", StringComparison.Ordinal)));
        var output = temp.Combine("plan.json");
        File.WriteAllText(output, "last year's plan");
        File.SetLastWriteTimeUtc(output, new DateTime(2024, 4, 1, 9, 0, 0, DateTimeKind.Utc));
        var before = DirectorySnapshot.Take(temp.Path);

        var result = CliRunner.Run("plan", "import", "--schemes", schemes, "--details", details, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains($"{schemes}:31:Previously entered expenditure for the year (£): '£1,12,0000' is not an amount in pounds: type the amount as 2600000 or £2,600,000.",
            result.ErrorLines);
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"{schemes}:33:Source of Funding: Scheme 31 is funded from 'iBCF'", StringComparison.Ordinal));
        Assert.Equal("Nothing written: 12 problems.", result.ErrorLines[^1]);
        Assert.Equal(before, DirectorySnapshot.Take(temp.Path));
    }

    [Fact]
    public void PlanImport_MissingFiles_ExitsOneNamingEach()
    {
        var schemes = temp.Combine("schemes.csv");
        var details = temp.Combine("details.csv");

        var result = CliRunner.Run("plan", "import", "--schemes", schemes, "--details", details, "--out", temp.Combine("plan.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{schemes}: file not found", $"{details}: file not found", "Nothing written: 2 problems."], result.ErrorLines);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void PlanImport_CsvWithoutDetails_ExitsOneSayingTheDetailsAreMissing()
    {
        var result = CliRunner.Run("plan", "import", "--schemes", Samples.PlanImportSchemes, "--out", temp.Combine("plan.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'Plan details'", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("plan", "import", "--schemes", "schemes.csv")]
    [InlineData("plan", "import", "--out", "plan.json")]
    [InlineData("plan", "import", "--schemes", "schemes.csv", "--out", "plan.json", "--frobnicate")]
    [InlineData("plan")]
    public void PlanImport_WrongCommandLine_ExitsTwo(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bcf --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanImport_OutIsAFolder_ExitsTwo()
    {
        var result = CliRunner.Run("plan", "import", "--schemes", Samples.PlanImportSchemes, "--details", Samples.PlanImportDetails, "--out", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a folder", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void PlanImport_Help_DocumentsTheOptionsAndTheDetailsLayout()
    {
        var result = CliRunner.Run("plan", "import", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var text in new[] { "--schemes", "--details", "--out", "'Plan details'", "Contributor ID | Name | Email | Scheme IDs", "Income: DFG", "samples/plan-import" })
        {
            Assert.Contains(text, result.Out, StringComparison.Ordinal);
        }
    }
}
