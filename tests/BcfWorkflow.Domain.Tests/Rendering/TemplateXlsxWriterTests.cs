using System.IO.Compression;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Rendering;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace BcfWorkflow.Domain.Tests.Rendering;

public class TemplateXlsxWriterTests
{
    private const string Expenditure = "Expenditure";
    private const string Cover = "Cover";
    private const string Money = "£#,##0";
    private const string Percent = "0.00%";

    [Fact]
    public void Write_Summary_ValidWorkbookWithCoverThenExpenditure()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal([Cover, Expenditure], xlsx.SheetNames);
        Assert.Empty(new OpenXmlValidator().Validate(xlsx.Document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Write_Summary_NoFormulaAnywhere()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.All(xlsx.Worksheets, ws => Assert.Empty(ws.Descendants<CellFormula>()));
    }

    [Fact]
    public void Write_Expenditure_BlocksInTemplateOrder()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal("Better Care Fund 2024-25 Q2 expenditure: Leicestershire", xlsx.Cell(Expenditure, "A1")!.Value);
        Assert.Null(xlsx.Cell(Expenditure, "A2"));
        Assert.Equal(
            [3, 4, 5, 7, 9, 10, 11, 14, 15, 16, 20, 21],
            new[]
            {
                "Running Balances", "Source of funding", "DFG", "Total", "Required Spend", "", RequiredSpendNames.NhsCommissionedOutOfHospital,
                "Expenditure by scheme", "Scheme ID", "39", "Checklist", "Column",
            }.Select((text, i) => text == "" ? 10 : xlsx.RowOf(Expenditure, text)));
        Assert.Null(xlsx.Cell(Expenditure, "A10"));
        Assert.Equal("Minimum Required Spend", xlsx.Cell(Expenditure, "B10")!.Value);
    }

    [Fact]
    public void Write_RunningBalanceHeader_BoldTemplateHeadings()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(
            ["Source of funding", "Income", "Expenditure to date", "Percentage spent", "Balance"],
            new[] { "A4", "B4", "C4", "D4", "E4" }.Select(r => xlsx.Cell(Expenditure, r)!.Value));
        Assert.True(xlsx.Cell(Expenditure, "C4")!.Bold);
    }

    [Fact]
    public void Write_RunningBalanceRow_NumericMoneyAndPercentageCells()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(new ProbedCell(true, "DFG", "General", false), xlsx.Cell(Expenditure, "A5"));
        AssertNumber(xlsx.Cell(Expenditure, "B5"), 4_850_818m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "C5"), 2_032_308m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "E5"), 2_818_510m, Money);
        var percentage = xlsx.Cell(Expenditure, "D5")!;
        Assert.Equal((false, Percent), (percentage.IsString, percentage.FormatCode));
        Assert.Equal("41.90%", MoneyFormat.Percentage(percentage.Number));
    }

    [Fact]
    public void Write_ZeroIncome_PercentageCellLeftBlank()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Null(xlsx.Cell(Expenditure, "D6"));
        AssertNumber(xlsx.Cell(Expenditure, "B6"), 0m, Money);
    }

    [Fact]
    public void Write_TotalRow_Bold()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.True(xlsx.Cell(Expenditure, "A7")!.Bold);
        Assert.True(xlsx.Cell(Expenditure, "B7")!.Bold);
        Assert.Equal(Money, xlsx.Cell(Expenditure, "B7")!.FormatCode);
    }

    [Fact]
    public void Write_RequiredSpendLine_MoneyCells()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(RequiredSpendNames.AdultSocialCare, xlsx.Cell(Expenditure, "A12")!.Value);
        AssertNumber(xlsx.Cell(Expenditure, "B12"), 30_774_296m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "C12"), 9_001_000m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "D12"), 21_773_296m, Money);
    }

    [Fact]
    public void Write_SchemeTable_HeadersAsTheTemplate()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var headers = Enumerable.Range(1, TemplateColumns.SchemeTable.Count)
            .Select(c => xlsx.Cell(Expenditure, Reference(c, 15))!.Value);
        Assert.Equal(TemplateColumns.SchemeTable, headers);
    }

    [Fact]
    public void Write_ReturnedScheme_TextAndNumberCellsWhereTheyBelong()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(new ProbedCell(true, "39", "General", false), xlsx.Cell(Expenditure, "A16"));
        Assert.Equal(new ProbedCell(false, "85", "General", false), xlsx.Cell(Expenditure, "G16"));
        Assert.Equal(new ProbedCell(false, "40", "General", false), xlsx.Cell(Expenditure, "H16"));
        Assert.Equal(new ProbedCell(true, "LA", "General", false), xlsx.Cell(Expenditure, "L16"));
        Assert.Null(xlsx.Cell(Expenditure, "M16"));
        AssertNumber(xlsx.Cell(Expenditure, "Q16"), 603_345m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "R16"), 346_085m, Money);
    }

    [Fact]
    public void Write_JointSchemeWithNa_PercentagesNumericNaTextAmountsExact()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(new ProbedCell(true, "NA", "General", false), xlsx.Cell(Expenditure, "H17"));
        AssertNumber(xlsx.Cell(Expenditure, "M17"), 0.6m, Percent);
        AssertNumber(xlsx.Cell(Expenditure, "N17"), 0.4m, Percent);
        AssertNumber(xlsx.Cell(Expenditure, "Q17"), 5_000_000.5m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "R17"), 1_234.5m, Money);
    }

    [Fact]
    public void Write_FormulaLikeComment_StaysPlainStringCellUnprefixed()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(new ProbedCell(true, SampleSummary.FormulaComment, "General", false), xlsx.Cell(Expenditure, "S17"));
    }

    [Fact]
    public void Write_SchemeNotReturned_OutputsAndExpenditureBlank()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal("45", xlsx.Cell(Expenditure, "A18")!.Value);
        Assert.Null(xlsx.Cell(Expenditure, "H18"));
        Assert.Null(xlsx.Cell(Expenditure, "R18"));
        AssertNumber(xlsx.Cell(Expenditure, "Q18"), 315_000m, Money);
    }

    [Fact]
    public void Write_Checklist_ColumnAndYesNo()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(("Scheme ID", "Yes"), (xlsx.Cell(Expenditure, "A22")!.Value, xlsx.Cell(Expenditure, "B22")!.Value));
        Assert.Equal(("Expenditure to date (£)", "No"), (xlsx.Cell(Expenditure, "A23")!.Value, xlsx.Cell(Expenditure, "B23")!.Value));
    }

    [Fact]
    public void Write_TextWithControlCharactersAndSpaces_KeptReadableAndValid()
    {
        var summary = SampleSummary.Create(new SchemeLine(SampleSummary.Hoarding, true, 1m, null, "  late\u0001 return \u00e9\U0001F600  "));

        using var xlsx = Probe(summary);

        Assert.Equal("  late return \u00e9\U0001F600  ", xlsx.Cell(Expenditure, "S16")!.Value);
        Assert.Empty(new OpenXmlValidator().Validate(xlsx.Document));
    }

    [Fact]
    public void Write_Cover_AreaYearQuarter()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(
            [("Area", "Leicestershire"), ("Year", "2024-25"), ("Quarter", "Q2")],
            new[] { 2, 3, 4 }.Select(r => (xlsx.Cell(Cover, $"A{r}")!.Value, xlsx.Cell(Cover, $"B{r}")!.Value)));
    }

    [Fact]
    public void Write_Cover_SubmissionsWithIsoUtcTimes()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var header = xlsx.RowOf(Cover, "Contributor");
        Assert.Equal(
            ["Contributor", "Version", "File", "Submitted at (UTC)", "Submitted by"],
            "ABCDE".Select(c => xlsx.Cell(Cover, $"{c}{header}")!.Value));
        Assert.Equal(
            ["Blaby District Council", "1", "blaby-q2.csv", "2024-10-14T09:30:00Z", "dfg@blaby.example.gov.uk"],
            "ABCDE".Select(c => xlsx.Cell(Cover, $"{c}{header + 1}")!.Value));
        Assert.False(xlsx.Cell(Cover, $"B{header + 1}")!.IsString);
        // No name: the id stands in; +01:00 shown in UTC.
        Assert.Equal(
            ["icb", "2", "icb-q2.xlsx", "2024-10-15T16:05:07Z", "bcf@llr-icb.example.nhs.uk"],
            "ABCDE".Select(c => xlsx.Cell(Cover, $"{c}{header + 2}")!.Value));
    }

    [Fact]
    public void Write_CoverWithoutSignOff_AwaitingSignOff()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var signOff = xlsx.RowOf(Cover, "Sign-off");
        Assert.Equal("Awaiting sign-off", xlsx.Cell(Cover, $"A{signOff + 1}")!.Value);
    }

    [Fact]
    public void Write_CoverWithSignOff_ApprovedByAndAt()
    {
        var approval = new SignOff("BCF Lead", new DateTimeOffset(2024, 10, 28, 12, 0, 0, TimeSpan.Zero));

        using var xlsx = Probe(SampleSummary.Create(), SampleSummary.Cover(approval));

        var signOff = xlsx.RowOf(Cover, "Sign-off");
        Assert.Equal(("Approved by", "BCF Lead"), (xlsx.Cell(Cover, $"A{signOff + 1}")!.Value, xlsx.Cell(Cover, $"B{signOff + 1}")!.Value));
        Assert.Equal(("Approved at (UTC)", "2024-10-28T12:00:00Z"), (xlsx.Cell(Cover, $"A{signOff + 2}")!.Value, xlsx.Cell(Cover, $"B{signOff + 2}")!.Value));
        Assert.DoesNotContain(xlsx.Worksheet(Cover).Descendants<Cell>(), c => c.InnerText == "Awaiting sign-off");
    }

    [Fact]
    public void Write_CoverWithWarnings_ListsThem()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var row = xlsx.RowOf(Cover, "missing-return");
        Assert.Equal("Hoarding (county) has not returned its rows.", xlsx.Cell(Cover, $"B{row}")!.Value);
    }

    [Fact]
    public void Write_EmptyCover_NoSubmissionRows()
    {
        using var xlsx = Probe(SampleSummary.Create(), TemplateCover.Empty);

        var header = xlsx.RowOf(Cover, "Contributor");
        Assert.Null(xlsx.Cell(Cover, $"A{header + 1}"));
    }

    [Fact]
    public void Write_SameInputTwice_SameBytesAndFixedEntryTimes()
    {
        var first = Write(SampleSummary.Create(), SampleSummary.Cover());
        var second = Write(SampleSummary.Create(), SampleSummary.Cover());

        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Write_HundredSchemes_EveryRowWritten()
    {
        var schemes = Enumerable.Range(1, 100)
            .Select(i => new SchemeLine(SampleSummary.Blaby with { Id = $"S{i}" }, true, i * 1_000m, i, ""))
            .ToArray();

        using var xlsx = Probe(SampleSummary.Create(schemes));

        Assert.Equal("S100", xlsx.Cell(Expenditure, "A115")!.Value);
        AssertNumber(xlsx.Cell(Expenditure, "R115"), 100_000m, Money);
        Assert.Equal(115 + 2, xlsx.RowOf(Expenditure, "Checklist"));
    }

    [Fact]
    public void Write_NonSeekableOutput_Works()
    {
        using var buffer = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(buffer);

        TemplateXlsxWriter.Write(SampleSummary.Create(), SampleSummary.Cover(), forwardOnly);

        using var xlsx = new XlsxProbe(buffer.ToArray());
        Assert.Equal([Cover, Expenditure], xlsx.SheetNames);
    }

    private static void AssertNumber(ProbedCell? cell, decimal expected, string formatCode)
    {
        Assert.NotNull(cell);
        Assert.False(cell.IsString, $"{cell.Value} is a string cell");
        Assert.Equal((expected, formatCode), (cell.Number, cell.FormatCode));
    }

    private static string Reference(int column, int row) => $"{(char)('A' + column - 1)}{row}";

    private static XlsxProbe Probe(AreaSummary summary, TemplateCover? cover = null) => new(Write(summary, cover ?? SampleSummary.Cover()));

    private static byte[] Write(AreaSummary summary, TemplateCover cover)
    {
        using var output = new MemoryStream();
        TemplateXlsxWriter.Write(summary, cover, output);
        return output.ToArray();
    }
}
