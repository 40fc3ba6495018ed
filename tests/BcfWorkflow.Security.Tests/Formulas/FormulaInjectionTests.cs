using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Security.Tests.Uploads;
using BcfWorkflow.Testing;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Security.Tests.Formulas;

/// <summary>Formula-leading comments through ReturnReader → AreaAggregator → the template writers.</summary>
public sealed class FormulaInjectionTests
{
    public static TheoryData<string> Payloads => [.. FormulaText.Payloads];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Templates_CommentStartingLikeAFormula_AreTextNeverFormulas(string payload)
    {
        var plan = TestPlan.Create();
        var read = ReturnReader.Read(plan, TestPlan.Blaby, new MemoryStream(HostileFiles.BlabyCsv(payload)), "blaby.csv");
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var summary = AreaAggregator.Aggregate(plan, new Quarter(2), [read.Return!]);
        using var csv = new MemoryStream();
        using var xlsx = new MemoryStream();

        TemplateCsvWriter.Write(summary, csv);
        TemplateXlsxWriter.Write(summary, TemplateCover.Empty, xlsx);

        var core = FormulaText.Core(payload);
        var fields = FormulaText.CsvFieldsContaining(System.Text.Encoding.UTF8.GetString(csv.ToArray()), core);
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.False(f.Length > 0 && "=+-@\t\r".Contains(f[0], StringComparison.Ordinal), $"CSV field starts like a formula: {f}"));
        var (cells, formulas) = FormulaText.XlsxCellsContaining(xlsx.ToArray(), core);
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Equal(CellValues.InlineString, c.DataType?.Value));
        Assert.Equal(0, formulas);
    }
}
