using System.IO.Compression;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Rendering;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace BcfWorkflow.Domain.Tests.Rendering;

/// <summary>What template.xlsx holds: the figures, cell by cell, on the expenditure sheet, and the cover.
/// The official layout (sheets, panes, filter, print setup, formulas, styling) is in <see cref="TemplateLayoutTests"/>.</summary>
public class TemplateXlsxWriterTests
{
    internal const string Guidance = "1. Guidance";
    internal const string Cover = "2. Cover";
    internal const string Conditions = "3. National Conditions";
    internal const string Metrics = "4. Metrics";
    internal const string Expenditure = "6. Expenditure";
    private const string Money = "£#,##0";
    private const string Percent = "0.00%";

    [Fact]
    public void Write_Summary_ValidWorkbookWithTheYearsNumberedSheets()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal([Guidance, Cover, Conditions, Metrics, Expenditure], xlsx.SheetNames);
        Assert.Empty(new OpenXmlValidator().Validate(xlsx.Document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Write_Expenditure_BlocksInTemplateOrder()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal("Better Care Fund 2024-25 Q2 Reporting Template", xlsx.Cell(Expenditure, "A1")!.Value);
        Assert.Equal(("Selected Health and Wellbeing Board:", "Leicestershire"), (xlsx.Cell(Expenditure, "A2")!.Value, xlsx.Cell(Expenditure, "D2")!.Value));
        Assert.Null(xlsx.Cell(Expenditure, "A3"));
        Assert.Equal(
            [4, 5, 7, 9, 10, 13, 14, 17, 19, 20],
            new[]
            {
                "Running Balances", "DFG", "Total", "Required Spend", RequiredSpendNames.NhsCommissionedOutOfHospital,
                "Scheme ID", "39", "Total", "Checklist", "Scheme ID",
            }.Select((text, i) => i switch
            {
                7 => xlsx.RowOf(Expenditure, text, after: 13),
                9 => xlsx.RowOf(Expenditure, text, after: 19),
                _ => xlsx.RowOf(Expenditure, text),
            }));
    }

    [Fact]
    public void Write_RunningBalanceHeader_TemplateHeadingsFromColumnD()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(
            ["Running Balances", "Income", "Expenditure to date", "Percentage spent", "Balance"],
            new[] { "A4", "D4", "E4", "F4", "G4" }.Select(r => xlsx.Cell(Expenditure, r)!.Value));
        Assert.True(xlsx.Cell(Expenditure, "E4")!.Bold);
    }

    [Fact]
    public void Write_RunningBalanceRow_NumericMoneyAndPercentageCells()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(new ProbedCell(true, "DFG", "General", false), xlsx.Cell(Expenditure, "A5"));
        AssertNumber(xlsx.Cell(Expenditure, "D5"), 4_850_818m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "E5"), 2_032_308m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "G5"), 2_818_510m, Money);
        var percentage = xlsx.Cell(Expenditure, "F5")!;
        Assert.Equal((false, Percent), (percentage.IsString, percentage.FormatCode));
        Assert.Equal("41.90%", MoneyFormat.Percentage(percentage.Number));
    }

    [Fact]
    public void Write_ZeroIncome_PercentageCellHasNoValue()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Null(xlsx.RawCell(Expenditure, "F6")!.CellValue);
        AssertNumber(xlsx.Cell(Expenditure, "D6"), 0m, Money);
    }

    [Fact]
    public void Write_TotalRow_BoldMoney()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.True(xlsx.Cell(Expenditure, "A7")!.Bold);
        Assert.True(xlsx.Cell(Expenditure, "D7")!.Bold);
        AssertNumber(xlsx.Cell(Expenditure, "D7"), 4_850_818m, Money);
    }

    [Fact]
    public void Write_RequiredSpendLine_MoneyCells()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(["Required Spend", "Minimum Required Spend", "Expenditure to date", "Balance"],
            new[] { "A9", "D9", "E9", "F9" }.Select(r => xlsx.Cell(Expenditure, r)!.Value));
        Assert.Equal(RequiredSpendNames.AdultSocialCare, xlsx.Cell(Expenditure, "A11")!.Value);
        AssertNumber(xlsx.Cell(Expenditure, "D11"), 30_774_296m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "E11"), 9_001_000m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "F11"), 21_773_296m, Money);
    }

    [Fact]
    public void Write_SchemeTable_HeadersAsTheTemplate()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var headers = Enumerable.Range(1, TemplateColumns.SchemeTable.Count)
            .Select(c => xlsx.Cell(Expenditure, Reference(c, 13))!.Value);
        Assert.Equal(TemplateColumns.SchemeTable, headers);
    }

    [Fact]
    public void Write_ReturnedScheme_TextAndNumberCellsWhereTheyBelong()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal((false, "39"), (xlsx.Cell(Expenditure, "A14")!.IsString, xlsx.Cell(Expenditure, "A14")!.Value));
        Assert.Equal((false, "85"), (xlsx.Cell(Expenditure, "G14")!.IsString, xlsx.Cell(Expenditure, "G14")!.Value));
        Assert.Equal((false, "40"), (xlsx.Cell(Expenditure, "H14")!.IsString, xlsx.Cell(Expenditure, "H14")!.Value));
        Assert.Equal((true, "LA"), (xlsx.Cell(Expenditure, "L14")!.IsString, xlsx.Cell(Expenditure, "L14")!.Value));
        Assert.Null(xlsx.RawCell(Expenditure, "M14")!.CellValue);
        AssertNumber(xlsx.Cell(Expenditure, "Q14"), 603_345m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "R14"), 346_085m, Money);
    }

    [Fact]
    public void Write_JointSchemeWithNa_PercentagesNumericNaTextAmountsExact()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal((true, "NA"), (xlsx.Cell(Expenditure, "H15")!.IsString, xlsx.Cell(Expenditure, "H15")!.Value));
        AssertNumber(xlsx.Cell(Expenditure, "M15"), 0.6m, Percent);
        AssertNumber(xlsx.Cell(Expenditure, "N15"), 0.4m, Percent);
        AssertNumber(xlsx.Cell(Expenditure, "Q15"), 5_000_000.5m, Money);
        AssertNumber(xlsx.Cell(Expenditure, "R15"), 1_234.5m, Money);
    }

    [Fact]
    public void Write_FormulaLikeComment_StaysAStringCellUnprefixed()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var comment = xlsx.RawCell(Expenditure, "S15")!;
        Assert.Equal(CellValues.InlineString, comment.DataType?.Value);
        Assert.Equal(SampleSummary.FormulaComment, comment.InlineString!.InnerText);
        Assert.Null(comment.CellFormula);
    }

    [Fact]
    public void Write_SchemeNotReturned_OutputsAndExpenditureEmptyInputs()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal("45", xlsx.Cell(Expenditure, "A16")!.Value);
        Assert.Null(xlsx.RawCell(Expenditure, "H16")!.CellValue);
        Assert.Null(xlsx.RawCell(Expenditure, "R16")!.CellValue);
        AssertNumber(xlsx.Cell(Expenditure, "Q16"), 315_000m, Money);
    }

    [Fact]
    public void Write_Checklist_ColumnAndYesNo()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(("Checklist", "Complete"), (xlsx.Cell(Expenditure, "A19")!.Value, xlsx.Cell(Expenditure, "D19")!.Value));
        Assert.Equal(("Scheme ID", "Yes"), (xlsx.Cell(Expenditure, "A20")!.Value, xlsx.Cell(Expenditure, "D20")!.Value));
        Assert.Equal(("Expenditure to date (£)", "No"), (xlsx.Cell(Expenditure, "A21")!.Value, xlsx.Cell(Expenditure, "D21")!.Value));
    }

    [Fact]
    public void Write_TextWithControlCharactersAndSpaces_KeptReadableAndValid()
    {
        var summary = SampleSummary.Create(new SchemeLine(SampleSummary.Hoarding, true, 1m, null, "  late\u0001 return \u00e9\U0001F600  "));

        using var xlsx = Probe(summary);

        Assert.Equal("  late return \u00e9\U0001F600  ", xlsx.Cell(Expenditure, "S14")!.Value);
        Assert.Empty(new OpenXmlValidator().Validate(xlsx.Document));
    }

    [Fact]
    public void Write_Cover_TitleBoardThenAreaYearQuarter()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal("Better Care Fund 2024-25 Q2 Reporting Template", xlsx.Cell(Cover, "A1")!.Value);
        Assert.Equal(("Selected Health and Wellbeing Board:", "Leicestershire"), (xlsx.Cell(Cover, "A2")!.Value, xlsx.Cell(Cover, "B2")!.Value));
        Assert.Equal(
            [("Area", "Leicestershire"), ("Year", "2024-25"), ("Quarter", "Q2")],
            new[] { 4, 5, 6 }.Select(r => (xlsx.Cell(Cover, $"A{r}")!.Value, xlsx.Cell(Cover, $"B{r}")!.Value)));
    }

    [Fact]
    public void Write_Cover_TheYearsQuestionsWithBlankInputs()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var first = xlsx.RowOf(Cover, "Completed by:");
        Assert.Equal(["Completed by:", "E-mail:", "Contact number:"], new[] { 0, 1, 2 }.Select(i => xlsx.Cell(Cover, $"A{first + i}")!.Value));
        Assert.Null(xlsx.RawCell(Cover, $"B{first}")!.CellValue);
        Assert.Null(xlsx.RawCell(Cover, $"B{first}")!.InlineString);
    }

    [Fact]
    public void Write_Cover_SubmissionsWithUkTimes()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var header = xlsx.RowOf(Cover, "Contributor");
        Assert.Equal(
            ["Contributor", "Version", "File sent", "Submitted at (UK time)", "Submitted by"],
            "ABCDE".Select(c => xlsx.Cell(Cover, $"{c}{header}")!.Value));
        Assert.Equal(
            ["Blaby District Council", "1", "blaby-q2.csv", "10:30am on Monday 14 October 2024", "dfg@blaby.example.gov.uk"],
            "ABCDE".Select(c => xlsx.Cell(Cover, $"{c}{header + 1}")!.Value));
        Assert.False(xlsx.Cell(Cover, $"B{header + 1}")!.IsString);
        // No name: the id stands in; times in UK time (BST in October before the clocks change).
        Assert.Equal(
            ["icb", "2", "icb-q2.xlsx", "5:05pm on Tuesday 15 October 2024", "bcf@llr-icb.example.nhs.uk"],
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
        Assert.Equal(("Approved at (UK time)", "midday on Monday 28 October 2024"), (xlsx.Cell(Cover, $"A{signOff + 2}")!.Value, xlsx.Cell(Cover, $"B{signOff + 2}")!.Value));
        Assert.DoesNotContain(xlsx.Worksheet(Cover).Descendants<Cell>(), c => c.InnerText == "Awaiting sign-off");
    }

    [Fact]
    public void Write_CoverWithWarnings_ListsThem()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var row = xlsx.RowOf(Cover, "Warnings");
        Assert.Equal("Hoarding (county) has not returned its rows.", xlsx.Cell(Cover, $"A{row + 1}")!.Value);
        Assert.DoesNotContain(xlsx.Worksheet(Cover).Descendants<Cell>(), c => c.InnerText == "missing-return");
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

        Assert.Equal("S100", xlsx.Cell(Expenditure, "A113")!.Value);
        AssertNumber(xlsx.Cell(Expenditure, "R113"), 100_000m, Money);
        Assert.Equal(("Total", 5_050_000m), (xlsx.Cell(Expenditure, "A114")!.Value, xlsx.Cell(Expenditure, "R114")!.Number));
        Assert.Equal(114 + 2, xlsx.RowOf(Expenditure, "Checklist"));
    }

    [Fact]
    public void Write_NonSeekableOutput_Works()
    {
        using var buffer = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(buffer);

        TemplateXlsxWriter.Write(SampleSummary.Create(), SampleSummary.Cover(), forwardOnly);

        using var xlsx = new XlsxProbe(buffer.ToArray());
        Assert.Equal([Guidance, Cover, Conditions, Metrics, Expenditure], xlsx.SheetNames);
    }

    internal static void AssertNumber(ProbedCell? cell, decimal expected, string formatCode)
    {
        Assert.NotNull(cell);
        Assert.False(cell.IsString, $"{cell.Value} is a string cell");
        Assert.Equal((expected, formatCode), (cell.Number, cell.FormatCode));
    }

    private static string Reference(int column, int row) => $"{(char)('A' + column - 1)}{row}";

    internal static XlsxProbe Probe(AreaSummary summary, TemplateCover? cover = null) => new(Write(summary, cover ?? SampleSummary.Cover()));

    internal static byte[] Write(AreaSummary summary, TemplateCover cover)
    {
        using var output = new MemoryStream();
        TemplateXlsxWriter.Write(summary, cover, output);
        return output.ToArray();
    }
}
