using System.Globalization;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Rendering;
using DocumentFormat.OpenXml.Spreadsheet;
using static BcfWorkflow.Domain.Tests.Rendering.TemplateXlsxWriterTests;

namespace BcfWorkflow.Domain.Tests.Rendering;

/// <summary>The official layout of template.xlsx, read back from the written file: the year's numbered sheets, titles,
/// the expenditure sheet's frozen pane, autofilter, print setup and print titles, totals as SUM formulas with their
/// values saved, numeric scheme ids, and pre-filled and input cells coloured apart.</summary>
public class TemplateLayoutTests
{
    private const string Title = "Better Care Fund 2024-25 Q2 Reporting Template";
    private const string Grey = "FFE7E6E6";
    private const string PaleYellow = "FFFFFFCC";

    /// <summary>The sample's expenditure sheet: scheme table heading on row 13, schemes on 14 to 16, their Total on 17.</summary>
    private const int SchemeHeader = 13;

    [Fact]
    public void Write_EverySheet_TitleAndSelectedBoard()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.All(xlsx.SheetNames, sheet =>
        {
            Assert.Equal(Title, xlsx.Cell(sheet, "A1")!.Value);
            Assert.Equal("Selected Health and Wellbeing Board:", xlsx.Cell(sheet, "A2")!.Value);
            var area = xlsx.Worksheet(sheet).Descendants<Row>().Single(r => r.RowIndex!.Value == 2).Elements<Cell>().Last();
            Assert.Equal("Leicestershire", area.InnerText);
        });
    }

    [Fact]
    public void Write_Q4_TitleSaysQ4()
    {
        var summary = SampleSummary.Create() with { Quarter = "Q4" };

        using var xlsx = Probe(summary);

        Assert.Equal("Better Care Fund 2024-25 Q4 Reporting Template", xlsx.Cell(Expenditure, "A1")!.Value);
    }

    [Fact]
    public void Write_Guidance_SaysWhatTheWorkbookIsAndIsTheOpeningTab()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var text = string.Join(" ", xlsx.Worksheet(Guidance).Descendants<Cell>().Select(c => c.InnerText));
        Assert.Contains("Leicestershire's Better Care Fund return for 2024-25 Q2", text, StringComparison.Ordinal);
        Assert.Contains("produced by BcfWorkflow", text, StringComparison.Ordinal);
        Assert.Equal(0u, xlsx.Document.WorkbookPart!.Workbook.BookViews!.GetFirstChild<WorkbookView>()!.ActiveTab!.Value);
        Assert.True(xlsx.Worksheet(Guidance).Descendants<SheetView>().Single().TabSelected?.Value);
        Assert.Equal(Grey, xlsx.FillColour(Guidance, $"A{xlsx.RowOf(Guidance, "Pre-filled: from the area's plan, or calculated from the figures")}"));
        Assert.Equal(PaleYellow, xlsx.FillColour(Guidance, $"A{xlsx.RowOf(Guidance, "Input: an answer (contributors' figures and comments; the lead's answers)")}"));
    }

    [Fact]
    public void Write_NationalConditions_TheYearsConditionsWithBlankYesNoInputs()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var header = xlsx.RowOf(Conditions, "National Condition");
        Assert.Equal("Confirmation", xlsx.Cell(Conditions, $"B{header}")!.Value);
        Assert.StartsWith("If the answer is \"No\"", xlsx.Cell(Conditions, $"C{header}")!.Value, StringComparison.Ordinal);
        var conditions = Enumerable.Range(header + 1, 4).Select(r => xlsx.Cell(Conditions, $"A{r}")!.Value).ToList();
        Assert.StartsWith("1) A jointly agreed plan", conditions[0], StringComparison.Ordinal);
        Assert.StartsWith("4) Maintaining the NHS's contribution", conditions[3], StringComparison.Ordinal);
        Assert.Null(xlsx.Cell(Conditions, $"A{header + 5}"));
        Assert.All(Enumerable.Range(header + 1, 4), r =>
        {
            Assert.Equal(PaleYellow, xlsx.FillColour(Conditions, $"B{r}"));
            Assert.Null(xlsx.RawCell(Conditions, $"B{r}")!.CellValue);
            Assert.Equal(Grey, xlsx.FillColour(Conditions, $"A{r}"));
        });
        var validation = Assert.Single(xlsx.Worksheet(Conditions).Descendants<DataValidation>());
        Assert.Equal(($"B{header + 1}:B{header + 4}", "\"Yes,No\""), (validation.SequenceOfReferences!.InnerText, validation.Formula1!.Text));
    }

    [Fact]
    public void Write_Metrics_TheYearsMetricsWithAssessmentInputs()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var header = xlsx.RowOf(Metrics, "Metric");
        Assert.Equal("Assessment of progress against the metric plan for the reporting period", xlsx.Cell(Metrics, $"C{header}")!.Value);
        Assert.Equal(["Avoidable admissions", "Falls", "Discharge to normal place of residence", "Residential Admissions"],
            Enumerable.Range(header + 1, 4).Select(r => xlsx.Cell(Metrics, $"A{r}")!.Value));
        Assert.All("CDE", c => Assert.Equal(PaleYellow, xlsx.FillColour(Metrics, $"{c}{header + 1}")));
        var validation = Assert.Single(xlsx.Worksheet(Metrics).Descendants<DataValidation>());
        Assert.Equal("\"On track to meet target,Not on track to meet target,Data not available to assess progress\"", validation.Formula1!.Text);
    }

    [Fact]
    public void Write_YearNotInTheData_SameSheetsNoConditionsOrMetricsGuessed()
    {
        var summary = SampleSummary.Create() with { Year = "2031-32" };

        using var xlsx = Probe(summary);

        Assert.Equal([Guidance, Cover, Conditions, Metrics, Expenditure], xlsx.SheetNames);
        Assert.Equal("Better Care Fund 2031-32 Q2 Reporting Template", xlsx.Cell(Expenditure, "A1")!.Value);
        var header = xlsx.RowOf(Conditions, "National Condition");
        Assert.Equal("The national conditions of 2031-32 are not recorded in this version of BcfWorkflow.", xlsx.Cell(Conditions, $"A{header + 1}")!.Value);
        Assert.Empty(xlsx.Worksheet(Conditions).Descendants<DataValidation>());
    }

    [Fact]
    public void Write_Expenditure_PaneFrozenBelowTheSchemeTableHeading()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var pane = xlsx.Worksheet(Expenditure).Descendants<Pane>().Single();
        Assert.Equal((SchemeHeader, $"A{SchemeHeader + 1}", PaneStateValues.Frozen, PaneValues.BottomLeft),
            ((int)pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value, pane.ActivePane!.Value));
        Assert.Null(pane.HorizontalSplit);
    }

    [Fact]
    public void Write_Expenditure_AutofilterOnTheSchemeTable()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal($"A{SchemeHeader}:S16", xlsx.Worksheet(Expenditure).GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Contains(("_xlnm._FilterDatabase", 4u, $"'6. Expenditure'!$A${SchemeHeader}:$S$16"), xlsx.DefinedNames);
    }

    [Fact]
    public void Write_Expenditure_A4LandscapeOnePageWideHeadingOnEveryPage()
    {
        using var xlsx = Probe(SampleSummary.Create());

        var sheet = xlsx.Worksheet(Expenditure);
        var setup = sheet.GetFirstChild<PageSetup>()!;
        Assert.Equal((9u, OrientationValues.Landscape, 1u, 0u),
            (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
        Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        Assert.Contains(("_xlnm.Print_Titles", 4u, $"'6. Expenditure'!${SchemeHeader}:${SchemeHeader}"), xlsx.DefinedNames);
        var footer = sheet.GetFirstChild<HeaderFooter>()!;
        Assert.Equal(($"&L{Title}&RLeicestershire", "&L&A&RPage &P of &N"), (footer.OddHeader!.Text, footer.OddFooter!.Text));
    }

    [Fact]
    public void Write_EverySheet_PrintsA4Landscape()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.All(xlsx.SheetNames, name =>
        {
            var setup = xlsx.Worksheet(name).GetFirstChild<PageSetup>()!;
            Assert.Equal((9u, OrientationValues.Landscape, 1u), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value));
        });
    }

    [Fact]
    public void Write_AreaWithAmpersand_HeaderPrintsItAsWritten()
    {
        var summary = SampleSummary.Create() with { Area = "Bath & North East Somerset" };

        using var xlsx = Probe(summary);

        Assert.Equal($"&L{Title}&RBath && North East Somerset", xlsx.Worksheet(Expenditure).GetFirstChild<HeaderFooter>()!.OddHeader!.Text);
    }

    [Fact]
    public void Write_RunningBalancesTotal_SumFormulasWithTheirValuesSaved()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal(
            ["SUM(D5:D6)", "SUM(E5:E6)", "IF(D7=0,\"\",E7/D7)", "SUM(G5:G6)"],
            "DEFG".Select(c => xlsx.Formula(Expenditure, $"{c}7")));
        AssertNumber(xlsx.Cell(Expenditure, "D7"), 4_850_818m, "£#,##0");
        AssertNumber(xlsx.Cell(Expenditure, "E7"), 2_032_308m, "£#,##0");
        AssertNumber(xlsx.Cell(Expenditure, "G7"), 2_818_510m, "£#,##0");
        Assert.Equal(2_032_308m / 4_850_818m, xlsx.Cell(Expenditure, "F7")!.Number);
    }

    [Fact]
    public void Write_SchemeTableTotal_SumsOfThePlannedAndSpentColumns()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.Equal("Total", xlsx.Cell(Expenditure, "A17")!.Value);
        Assert.Equal(("SUM(Q14:Q16)", "SUM(R14:R16)"), (xlsx.Formula(Expenditure, "Q17"), xlsx.Formula(Expenditure, "R17")));
        AssertNumber(xlsx.Cell(Expenditure, "Q17"), 603_345m + 5_000_000.5m + 315_000m, "£#,##0");
        AssertNumber(xlsx.Cell(Expenditure, "R17"), 346_085m + 1_234.5m, "£#,##0");
    }

    [Fact]
    public void Write_NinetySchemeArea_EverySavedSumIsTheSumOfItsRange()
    {
        var area = NinetySchemeArea.Create();

        using var xlsx = Probe(area.Summary);

        var formulas = xlsx.Formulas(Expenditure);
        Assert.Equal(5, formulas.Count(f => f.Formula.StartsWith("SUM(", StringComparison.Ordinal)));
        Assert.All(formulas.Where(f => f.Formula.StartsWith("SUM(", StringComparison.Ordinal)), f =>
            Assert.Equal(SumOfRange(xlsx, f.Formula), decimal.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture)));
        var total = area.Summary.RunningBalances[^1];
        var totalRow = xlsx.RowOf(Expenditure, "Total");
        Assert.Equal((total.Income, total.ExpenditureToDate, total.Balance),
            (xlsx.Cell(Expenditure, $"D{totalRow}")!.Number, xlsx.Cell(Expenditure, $"E{totalRow}")!.Number, xlsx.Cell(Expenditure, $"G{totalRow}")!.Number));
        var schemeTotal = xlsx.RowOf(Expenditure, "Total", after: totalRow);
        Assert.Equal(area.Summary.Schemes.Sum(s => s.ExpenditureToDate ?? 0m), xlsx.Cell(Expenditure, $"R{schemeTotal}")!.Number);
    }

    [Fact]
    public void Write_EveryFormula_IsOneOfOursNeverText()
    {
        using var xlsx = Probe(NinetySchemeArea.Create().Summary);

        var formulas = xlsx.SheetNames.SelectMany(xlsx.Formulas).Select(f => f.Formula).ToList();
        Assert.Equal(6, formulas.Count);
        Assert.All(formulas, f => Assert.Matches(@"^(SUM\([A-Z]+[0-9]+:[A-Z]+[0-9]+\)|IF\([A-Z]+[0-9]+=0,"""",[A-Z]+[0-9]+/[A-Z]+[0-9]+\))$", f));
    }

    [Fact]
    public void Write_NoSchemes_HeadingAndFilterOnlyNoTotalRow()
    {
        // A contributor's own copy when it has no schemes, or a plan being set up.
        var summary = SampleSummary.Create() with { Schemes = [] };

        using var xlsx = Probe(summary);

        Assert.Equal($"A{SchemeHeader}:S{SchemeHeader}", xlsx.Worksheet(Expenditure).GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Null(xlsx.Cell(Expenditure, $"A{SchemeHeader + 1}"));
        Assert.Equal(SchemeHeader + 2, xlsx.RowOf(Expenditure, "Checklist"));
        Assert.Equal(4, xlsx.Formulas(Expenditure).Count);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(xlsx.Document));
    }

    [Theory]
    [InlineData("39", false)]
    [InlineData("0", false)]
    [InlineData("123456789012345", false)]
    [InlineData("S1", true)]
    [InlineData("007", true)]
    [InlineData("12a", true)]
    [InlineData("1.5", true)]
    [InlineData("1234567890123456", true)]
    public void Write_SchemeId_WholeNumbersAsNumbersOthersAsText(string id, bool isText)
    {
        var summary = SampleSummary.Create(new SchemeLine(SampleSummary.Blaby with { Id = id }, true, 1m, 1m, ""));

        using var xlsx = Probe(summary);

        var cell = xlsx.Cell(Expenditure, "A14")!;
        Assert.Equal((isText, id), (cell.IsString, cell.Value));
    }

    [Fact]
    public void Write_SchemeRow_PrefilledGreyInputsPaleYellow()
    {
        using var xlsx = Probe(SampleSummary.Create());

        // Outputs delivered to date (H), Expenditure to date (R), Comments (S) are the contributors' answers.
        var inputs = new[] { 'H', 'R', 'S' };
        Assert.All("ABCDEFGHIJKLMNOPQRS", c =>
            Assert.Equal(inputs.Contains(c) ? PaleYellow : Grey, xlsx.FillColour(Expenditure, $"{c}14")));
        Assert.Equal(PaleYellow, xlsx.FillColour(Expenditure, "R16")); // not returned: an empty input
        Assert.Equal(Grey, xlsx.FillColour(Expenditure, "D5"));
    }

    [Fact]
    public void Write_Headings_WrappedAndShaded()
    {
        using var xlsx = Probe(SampleSummary.Create());

        Assert.All("ABCDEFGHIJKLMNOPQRS", c => Assert.True(xlsx.Wraps(Expenditure, $"{c}{SchemeHeader}")));
        Assert.Equal("FFDCE6F1", xlsx.FillColour(Expenditure, $"Q{SchemeHeader}"));
        Assert.True(xlsx.RowHeight(Expenditure, SchemeHeader) >= 45, "the scheme table's heading is several lines tall");
    }

    [Fact]
    public void Write_LongComment_RowTallEnoughForEveryLine()
    {
        var comment = string.Join(' ', Enumerable.Repeat("Spend is behind plan because recruitment started late.", 6));
        var summary = SampleSummary.Create(new SchemeLine(SampleSummary.Blaby, true, 1m, 1m, comment));

        using var xlsx = Probe(summary);

        var width = xlsx.Worksheet(Expenditure).Descendants<Column>().Single(c => c.Min!.Value == 19).Width!.Value;
        // Prose takes about 0.84 of a column-width unit a character (measured in LibreOffice's PDFs).
        var lines = Math.Ceiling(comment.Length * 0.84 / width);
        Assert.True(xlsx.RowHeight(Expenditure, 14) >= lines * 15, $"{xlsx.RowHeight(Expenditure, 14)} pt for about {lines:0.0} lines");
    }

    [Fact]
    public void Write_ColumnWidths_FitTheLongestValueUpToAWrapWidth()
    {
        var shortNames = SampleSummary.Create(new SchemeLine(SampleSummary.Blaby with { Name = "Short" }, true, 1m, 1m, ""));
        var longNames = SampleSummary.Create(new SchemeLine(SampleSummary.Blaby with { Name = new string('x', 200) }, true, 1m, 1m, ""));

        using var narrow = Probe(shortNames);
        using var wide = Probe(longNames);

        double Width(XlsxProbe x, uint column) => x.Worksheet(Expenditure).Descendants<Column>().Single(c => c.Min!.Value == column).Width!.Value;
        Assert.True(Width(narrow, 2) < 15, $"Scheme Name {Width(narrow, 2)}");
        Assert.InRange(Width(wide, 2), 20, 30);
        // A money column fits its amounts and its heading's longest word ("expenditure").
        Assert.True(Width(narrow, 17) >= "expenditure".Length);
    }

    private static decimal SumOfRange(XlsxProbe xlsx, string formula)
    {
        var range = formula["SUM(".Length..^1].Split(':');
        var column = new string([.. range[0].TakeWhile(char.IsAsciiLetter)]);
        var first = int.Parse(range[0][column.Length..], CultureInfo.InvariantCulture);
        var last = int.Parse(range[1][column.Length..], CultureInfo.InvariantCulture);
        return Enumerable.Range(first, last - first + 1)
            .Select(r => xlsx.Cell(Expenditure, $"{column}{r}"))
            .Where(c => c is { IsString: false, Value.Length: > 0 })
            .Sum(c => c!.Number);
    }
}
