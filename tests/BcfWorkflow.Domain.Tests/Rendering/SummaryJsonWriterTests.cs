using System.Text;
using System.Text.Json;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.Rendering;

public class SummaryJsonWriterTests
{
    [Fact]
    public void Write_Summary_TopLevelPropertiesInInterfaceOrder()
    {
        using var json = Parse(SampleSummary.Create());

        Assert.Equal(
            ["area", "year", "quarter", "runningBalances", "requiredSpend", "schemes", "checklist", "warnings"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Leicestershire", "2024-25", "Q2"),
            (json.RootElement.GetProperty("area").GetString(), json.RootElement.GetProperty("year").GetString(), json.RootElement.GetProperty("quarter").GetString()));
    }

    [Fact]
    public void Write_RunningBalance_AmountsExactAndPercentageAFractionTo4dp()
    {
        using var json = Parse(SampleSummary.Create());

        var dfg = json.RootElement.GetProperty("runningBalances")[0];
        Assert.Equal(["source", "income", "expenditureToDate", "percentageSpent", "balance"], dfg.EnumerateObject().Select(p => p.Name));
        Assert.Equal("DFG", dfg.GetProperty("source").GetString());
        Assert.Equal("4850818", dfg.GetProperty("income").GetRawText());
        Assert.Equal("2032308", dfg.GetProperty("expenditureToDate").GetRawText());
        Assert.Equal("0.419", dfg.GetProperty("percentageSpent").GetRawText());
        Assert.Equal("2818510", dfg.GetProperty("balance").GetRawText());
    }

    [Fact]
    public void Write_ZeroIncome_PercentageNull()
    {
        using var json = Parse(SampleSummary.Create());

        var zero = json.RootElement.GetProperty("runningBalances")[1];
        Assert.Equal(JsonValueKind.Null, zero.GetProperty("percentageSpent").ValueKind);
        Assert.Equal("Total", json.RootElement.GetProperty("runningBalances")[2].GetProperty("source").GetString());
    }

    [Fact]
    public void Write_RequiredSpend_NamesAndAmounts()
    {
        using var json = Parse(SampleSummary.Create());

        var line = json.RootElement.GetProperty("requiredSpend")[0];
        Assert.Equal(["name", "minimumRequired", "expenditureToDate", "balance"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal(RequiredSpendNames.NhsCommissionedOutOfHospital, line.GetProperty("name").GetString());
        Assert.Equal(5_000_600m, line.GetProperty("expenditureToDate").GetDecimal());
        Assert.Equal(9_632_436m, line.GetProperty("balance").GetDecimal());
    }

    [Fact]
    public void Write_Schemes_ReturnedNaAndNotReturned()
    {
        using var json = Parse(SampleSummary.Create());

        var schemes = json.RootElement.GetProperty("schemes");
        Assert.Equal(["id", "expenditureToDate", "outputsDeliveredToDate", "comments"], schemes[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("39", "346085", "40", ""),
            (schemes[0].GetProperty("id").GetString(), schemes[0].GetProperty("expenditureToDate").GetRawText(),
             schemes[0].GetProperty("outputsDeliveredToDate").GetRawText(), schemes[0].GetProperty("comments").GetString()));
        Assert.Equal("1234.5", schemes[1].GetProperty("expenditureToDate").GetRawText());
        Assert.Equal(JsonValueKind.Null, schemes[1].GetProperty("outputsDeliveredToDate").ValueKind);
        Assert.Equal(SampleSummary.FormulaComment, schemes[1].GetProperty("comments").GetString());
        Assert.Equal(JsonValueKind.Null, schemes[2].GetProperty("expenditureToDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, schemes[2].GetProperty("outputsDeliveredToDate").ValueKind);
    }

    [Fact]
    public void Write_Checklist_ColumnAndComplete()
    {
        using var json = Parse(SampleSummary.Create());

        var item = json.RootElement.GetProperty("checklist")[1];
        Assert.Equal(["column", "complete"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Expenditure to date (£)", false), (item.GetProperty("column").GetString(), item.GetProperty("complete").GetBoolean()));
    }

    [Fact]
    public void Write_Warnings_CodeMessageAndSeverityAsText()
    {
        using var json = Parse(SampleSummary.Create());

        var warning = json.RootElement.GetProperty("warnings")[0];
        Assert.Equal(("missing-return", "warning"), (warning.GetProperty("code").GetString(), warning.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Write_Encoding_Utf8WithoutBomIndentedPoundSignLiteral()
    {
        var bytes = Write(SampleSummary.Create());

        Assert.Equal((byte)'{', bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\n  \"area\": \"Leicestershire\"", text, StringComparison.Ordinal);
        Assert.Contains("Expenditure to date (£)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrittenSummary_RoundTripsTheDocument()
    {
        var summary = SampleSummary.Create();

        var read = SummaryJsonReader.Read(new MemoryStream(Write(summary)));

        var expected = SummaryDocument.From(summary);
        Assert.Equal((expected.Area, expected.Year, expected.Quarter), (read.Area, read.Year, read.Quarter));
        Assert.Equal(expected.RunningBalances, read.RunningBalances);
        Assert.Equal(0.419m, read.RunningBalances[0].PercentageSpent);
        Assert.Equal(expected.RequiredSpend, read.RequiredSpend);
        Assert.Equal(expected.Schemes, read.Schemes);
        Assert.Equal(expected.Checklist, read.Checklist);
        Assert.Equal(expected.Warnings, read.Warnings);
    }

    [Fact]
    public void Read_DocumentWithoutWarnings_EmptyWarnings()
    {
        const string json = """
            { "area": "A", "year": "2024-25", "quarter": "Q1", "runningBalances": [], "requiredSpend": [], "schemes": [], "checklist": [] }
            """;

        var read = SummaryJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(("A", 0), (read.Area, read.Warnings.Count));
    }

    [Fact]
    public void From_PercentageMidpoint_RoundsAwayFromZero()
    {
        var summary = SampleSummary.Create() with { RunningBalances = [new RunningBalance("DFG", 1m, 1m, 0.41235m, 0m)] };

        Assert.Equal(0.4124m, SummaryDocument.From(summary).RunningBalances[0].PercentageSpent);
    }

    private static byte[] Write(AreaSummary summary)
    {
        using var output = new MemoryStream();
        SummaryJsonWriter.Write(summary, output);
        return output.ToArray();
    }

    private static JsonDocument Parse(AreaSummary summary) => JsonDocument.Parse(Write(summary));
}
