using System.Text.Json;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;
using BcfWorkflow.Domain.Returns;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

/// <summary>
/// Returns saved by the tools councils really use (LibreOffice, Gnumeric, Python writers, hand-typed CSV; made by
/// tests/fixtures/real-world/generate.sh), each with the figures its author meant or the refusal it must get
/// (expected.json). One code path reads them for the CLI, the API, the web page and the Functions blob drop.
/// </summary>
public class RealWorldFilesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "RealWorld");

    private static readonly Lazy<Expected> Corpus = new(() =>
        JsonSerializer.Deserialize<Expected>(File.ReadAllText(Path.Combine(Folder, "expected.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    private static readonly Lazy<Plan> LeicestershirePlan = new(() =>
    {
        using var json = File.OpenRead(Path.Combine(Folder, Corpus.Value.Plan));
        return PlanReader.Read(json, "plan.json").Plan!;
    });

    public static TheoryData<string> Files() => [.. Corpus.Value.Files.Select(f => f.File)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_FileSavedByARealTool_GivesTheAuthorsFiguresOrRefusesSayingWhy(string file)
    {
        var expected = Corpus.Value.Files.Single(f => f.File == file);
        using var content = File.OpenRead(Path.Combine(Folder, file));

        var result = ReturnReader.Read(LeicestershirePlan.Value, expected.Contributor, content, Path.GetFileName(file));

        if (expected.Expect == "read")
        {
            Assert.True(result.IsValid, $"{file} ({expected.Class}) was refused: {string.Join(" | ", result.Errors)}");
            if (expected.Sheet is not null)
            {
                Assert.Equal(expected.Sheet, result.Sheet);
            }
            var rows = result.Return!.Rows.ToDictionary(r => r.SchemeId);
            Assert.Equal(expected.Figures!.Keys.Order(), rows.Keys.Order());
            foreach (var (schemeId, figures) in expected.Figures!)
            {
                var row = rows[schemeId];
                Assert.True(figures.Expenditure == row.ExpenditureToDate, $"{file} scheme {schemeId}: expenditure {row.ExpenditureToDate}, meant {figures.Expenditure}");
                Assert.True(figures.Outputs == row.OutputsDeliveredToDate, $"{file} scheme {schemeId}: outputs {row.OutputsDeliveredToDate}, meant {figures.Outputs}");
                Assert.Equal(figures.Comments ?? "", row.Comments);
            }
        }
        else
        {
            Assert.False(result.IsValid, $"{file} ({expected.Class}) was accepted but must be refused with {expected.Code}");
            var matching = result.Errors.Where(e => e.Code == expected.Code && (expected.Row is null || e.Row == expected.Row)).ToList();
            Assert.True(matching.Count > 0, $"{file}: no {expected.Code} error{(expected.Row is null ? "" : $" on row {expected.Row}")}; got: {string.Join(" | ", result.Errors.Select(e => $"{e.Code}: {e}"))}");
            foreach (var words in expected.MessageContains ?? [])
            {
                Assert.Contains(matching, e => e.Message.Contains(words, StringComparison.OrdinalIgnoreCase));
            }
            Assert.DoesNotContain(result.Errors, e => e.ToString().Contains("::", StringComparison.Ordinal) && e.Row is null && e.Column is null);
        }
    }

    [Fact]
    public void Corpus_EveryFileInTheFolder_HasItsExpectation()
    {
        var listed = Corpus.Value.Files.Select(f => f.File).ToHashSet();
        var onDisk = Directory.GetFiles(Path.Combine(Folder, "files")).Select(p => "files/" + Path.GetFileName(p));

        Assert.All(onDisk, f => Assert.Contains(f, listed));
    }

    [Fact]
    public void Corpus_TheSameReturnInEveryFormat_GivesTheSameFigures()
    {
        // xlsx, xls, ods and csv saves of the plain return must agree to the penny.
        var plain = Corpus.Value.Files.Where(f => f.Expect == "read" && f.Class == "plain return" && f.Contributor == "llr-icb").ToList();
        Assert.Contains(plain, f => f.File.EndsWith(".xls", StringComparison.Ordinal));
        Assert.Contains(plain, f => f.File.EndsWith(".ods", StringComparison.Ordinal));
        Assert.Contains(plain, f => f.File.EndsWith(".xlsx", StringComparison.Ordinal));
        var figures = plain.Select(f => Read(f.File)).ToList();
        Assert.All(figures, f => Assert.Equal(figures[0], f));
    }

    private static string Read(string file)
    {
        using var content = File.OpenRead(Path.Combine(Folder, file));
        var result = ReturnReader.Read(LeicestershirePlan.Value, "llr-icb", content, file);
        return string.Join(";", result.Return!.Rows.Select(r => $"{r.SchemeId}={r.ExpenditureToDate:0.00}/{r.OutputsDeliveredToDate}"));
    }

    private sealed record Expected(string Plan, List<ExpectedFile> Files);

    private sealed record ExpectedFile(
        string File, string? Tool, string Class, string? Contributor, string Expect, string? Sheet,
        Dictionary<string, ExpectedFigures>? Figures, string? Code, int? Row, List<string>? MessageContains);

    private sealed record ExpectedFigures(decimal Expenditure, decimal? Outputs, string? Comments);
}
