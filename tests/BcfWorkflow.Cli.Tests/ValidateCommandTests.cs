using System.Text.RegularExpressions;
using BcfWorkflow.Cli.Tests.Support;

namespace BcfWorkflow.Cli.Tests;

public sealed class ValidateCommandTests
{
    private const string SpendColumn = "Expenditure to date (£)";

    public static TheoryData<string> Contributors() =>
        ["blaby", "charnwood", "harborough", "hinckley-bosworth", "melton", "nwleics", "oadby-wigston", "leicestershire-cc", "llr-icb"];

    [Theory]
    [MemberData(nameof(Contributors))]
    public void Validate_SampleQ2Return_ExitsZeroWithSummary(string contributorId)
    {
        var file = Samples.Q2(contributorId);

        var result = CliRunner.Run("validate", "--plan", Samples.Plan, "--contributor", contributorId, file);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"{file}: valid return", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(result.ErrorLines, line => !line.StartsWith("warning: ", StringComparison.Ordinal));
    }

    /// <summary>Each malformed sample (all based on the ICB's Q2 return), with the row and column its problem line must name; null = any.</summary>
    public static TheoryData<string, int?, string?> MalformedReturns() => new()
    {
        { "foreign-scheme.csv", 18, "Scheme ID" },
        { "missing-scheme.csv", null, "Scheme ID" },
        { "duplicate-scheme.csv", 7, "Scheme ID" },
        { "unparseable-amount.csv", 3, SpendColumn },
        { "negative-amount.csv", 6, SpendColumn },
        { "missing-column.csv", 1, SpendColumn },
        { "name-mismatch.csv", 2, "Scheme Name" },
        { "bad-outputs.csv", 3, "Outputs delivered to date" },
        { "empty.csv", null, null },
        { "binary.csv", null, null },
    };

    [Theory]
    [MemberData(nameof(MalformedReturns))]
    public void Validate_MalformedReturn_ExitsOneNamingFileRowAndColumn(string fileName, int? row, string? column)
    {
        var file = Samples.Invalid(fileName);
        var before = DirectorySnapshot.Take(Samples.Root);

        var result = CliRunner.Run("validate", "--plan", Samples.Plan, "--contributor", "llr-icb", file);

        Assert.Equal(1, result.ExitCode);
        // A whole-file problem is "FILE: message", with no empty fields; a cell's is "FILE:ROW:COLUMN: message".
        var pattern = row is null && column is null
            ? $"^{Regex.Escape(file)}: .+"
            : $"^{Regex.Escape(file)}:{(row is null ? @"\d*" : row.ToString())}:{(column is null ? "[^:]*" : Regex.Escape(column))}: .+";
        Assert.Contains(result.ErrorLines, line => Regex.IsMatch(line, pattern, RegexOptions.IgnoreCase));
        Assert.Equal(before, DirectorySnapshot.Take(Samples.Root));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Validate_MissingScheme_NamesTheMissingSchemeId()
    {
        var result = CliRunner.Run("validate", "--plan", Samples.Plan, "--contributor", "llr-icb", Samples.Invalid("missing-scheme.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.Contains("23", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReturnOfAnotherContributor_ExitsOne()
    {
        var result = CliRunner.Run("validate", "--plan", Samples.Plan, "--contributor", "melton", Samples.Q2("blaby"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith(Samples.Q2("blaby") + ":2:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownContributor_ExitsOneNamingIt()
    {
        var result = CliRunner.Run("validate", "--plan", Samples.Plan, "--contributor", "rutland", Samples.Q2("blaby"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'rutland'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsOneSayingNotFound()
    {
        var missing = Samples.Invalid("no-such-return.csv");

        var result = CliRunner.Run("validate", "--plan", Samples.Plan, "--contributor", "blaby", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{missing}: file not found", result.ErrorLines);
    }

    [Fact]
    public void Validate_MissingPlan_ExitsOneSayingNotFound()
    {
        var result = CliRunner.Run("validate", "--plan", "no-such-plan.json", "--contributor", "blaby", Samples.Q2("blaby"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such-plan.json: file not found", result.ErrorLines);
    }

    [Fact]
    public void Validate_UnreadablePlan_ExitsOneNamingThePlan()
    {
        var result = CliRunner.Run("validate", "--plan", Samples.Invalid("binary.csv"), "--contributor", "blaby", Samples.Q2("blaby"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith(Samples.Invalid("binary.csv") + ":", StringComparison.Ordinal));
    }
}
