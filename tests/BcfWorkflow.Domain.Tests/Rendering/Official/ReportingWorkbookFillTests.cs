using System.Globalization;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Rendering.Official;
using BcfWorkflow.Domain.Validation;
using static BcfWorkflow.Domain.Tests.Rendering.Official.OfficialWorkbooks;

namespace BcfWorkflow.Domain.Tests.Rendering.Official;

/// <summary>NHS England's workbook filled in: the input cells hold the figures and the answers, and every other cell,
/// sheet setting, name and zip entry is as it was in the blank (openpyxl's, and LibreOffice's copy of it).</summary>
public class ReportingWorkbookFillTests
{
    public static TheoryData<string> Blanks => [Blank, BlankLibreOffice];

    [Theory]
    [MemberData(nameof(Blanks))]
    public void Fill_InputCells_HoldTheSummarysFiguresAndTheLeadsAnswers(string blankName)
    {
        var blank = Read(blankName);
        var summary = Summary();

        var filled = new WorkbookSnapshot(Fill(blank, summary));

        var inputs = Inspect(blank).Inputs.ToDictionary(i => i.Field);
        SnapshotCell? At(string field) => filled.Cell(inputs[field].Sheet, inputs[field].Cell);
        Assert.Equal(("n", "346085.25"), Typed(At("expenditure.39.expenditure")));
        Assert.Equal(("n", "40"), Typed(At("expenditure.39.outputs")));
        Assert.Equal(("string", FormulaComment), Typed(At("expenditure.39.comments")));
        Assert.Equal(("string", "NA"), Typed(At("expenditure.1.outputs")));
        Assert.Equal(("string", LongComment), Typed(At("expenditure.60.comments")));
        Assert.Equal(("n", "1000.5"), Typed(At("expenditure.11.expenditure")));
        Assert.Equal(("Expenditure", "S29"), (inputs["expenditure.39.expenditure"].Sheet[3..], inputs["expenditure.39.expenditure"].Cell));

        Assert.Equal(("string", "Jane Smith"), Typed(At("cover.completedBy")));
        Assert.Equal(("D7", Cover), (inputs["cover.completedBy"].Cell, inputs["cover.completedBy"].Sheet));
        Assert.Equal(("string", "Yes"), Typed(At("cover.signedOff")));
        var signedOn = new DateOnly(2024, 10, 28).DayNumber - new DateOnly(1899, 12, 30).DayNumber;
        Assert.Equal(("n", signedOn.ToString(CultureInfo.InvariantCulture)), Typed(At("cover.signedOffOn"))); // a date cell: a date serial

        Assert.Equal(("string", "No"), Typed(At("nationalConditions.2.met")));
        Assert.Equal(("C8", "D8"), (inputs["nationalConditions.2.met"].Cell, inputs["nationalConditions.2.explanation"].Cell));
        Assert.Equal(("string", "+ The plan's objective 1 schemes started in October."), Typed(At("nationalConditions.2.explanation")));

        // The metrics sheet is unprotected: its inputs are the blank cells right of the name, past the definition.
        Assert.Equal(("D7", "E7", "F7"), (inputs["metrics.1.assessment"].Cell, inputs["metrics.1.challenges"].Cell, inputs["metrics.1.achievements"].Cell));
        Assert.Equal(("string", "On track to meet target"), Typed(At("metrics.1.assessment")));
        Assert.Equal(("string", "@ New pathway"), Typed(At("metrics.3.achievements")));

        // Every input against the summary and the answers, by the rule.
        var expected = ExpectedValues(summary);
        Assert.All(inputs.Values.Where(i => expected.ContainsKey(i.Field)), i =>
        {
            var cell = filled.Cell(i.Sheet, i.Cell)!;
            Assert.True(cell.Formula is null, $"{i.Field} is a formula");
            Assert.Equal(expected[i.Field], Typed(cell));
        });
        Assert.Equal(10 * 3 + 9 + 4 * 2 + 4 * 3, inputs.Count);
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public void Fill_EveryCellOutsideTheWrittenInputs_AsInTheBlank(string blankName)
    {
        var blankBytes = Read(blankName);
        var summary = Summary();
        var written = Inspect(blankBytes).Inputs.Where(i => ExpectedValues(summary).ContainsKey(i.Field)).Select(i => (i.Sheet, i.Cell)).ToHashSet();

        var blank = new WorkbookSnapshot(blankBytes);
        var filled = new WorkbookSnapshot(Fill(blankBytes, summary));

        Assert.Equal(blank.Sheets, filled.Sheets);
        var compared = 0;
        foreach (var (sheet, cells) in blank.Cells)
        {
            Assert.Equal(cells.Keys.Where(r => !written.Contains((sheet, r))).Order(), filled.Cells[sheet].Keys.Where(r => !written.Contains((sheet, r))).Order());
            foreach (var (reference, before) in cells.Where(c => !written.Contains((sheet, c.Key))))
            {
                var after = filled.Cells[sheet][reference];
                // A formula's saved result is the blank's until a spreadsheet recalculates; everything else is kept.
                Assert.Equal(before.Formula is null ? before : before with { Text = "" }, after.Formula is null ? after : after with { Text = "" });
                compared++;
            }
            // Written cells keep their style.
            Assert.All(written.Where(w => w.Sheet == sheet && cells.ContainsKey(w.Cell)), w => Assert.Equal(cells[w.Cell].Style, filled.Cells[sheet][w.Cell].Style));
        }
        Assert.True(compared > 300, $"only {compared} cells compared");
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public void Fill_ValidationsMergesProtectionViewsAndNames_Unchanged(string blankName)
    {
        var blankBytes = Read(blankName);
        var blank = new WorkbookSnapshot(blankBytes);

        var filled = new WorkbookSnapshot(Fill(blankBytes));

        Assert.Equal(blank.Sheets, filled.Sheets);
        Assert.Contains((("Lookups", "hidden")), filled.Sheets);
        Assert.Equal(blank.DefinedNames, filled.DefinedNames);
        Assert.Equal(blank.WorkbookProtection, filled.WorkbookProtection);
        Assert.All(blank.SheetParts, part => Assert.Equal(part.Value, filled.SheetParts[part.Key]));
        Assert.Contains("<x:sheetProtection", filled.SheetParts[Expenditure], StringComparison.Ordinal);
        Assert.Contains("<x:dataValidation ", filled.SheetParts[Conditions], StringComparison.Ordinal);
        Assert.Contains("<x:mergeCell ", filled.SheetParts[Cover], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public void Fill_ZipEntries_OnlyTheFilledSheetsAndWorkbookChange_TheRestCopiedRaw(string blankName)
    {
        var blankBytes = Read(blankName);
        var blank = new WorkbookSnapshot(blankBytes);
        // The filled sheets, workbook.xml, and any sheet whose formulas had results saved (dropped: they were the blank's).
        string[] changed = [SheetPart(blankBytes, Cover), SheetPart(blankBytes, Conditions), SheetPart(blankBytes, Metrics), SheetPart(blankBytes, Expenditure), "xl/workbook.xml",
            .. blank.Sheets.Select(s => s.Name).Where(name => HasSavedFormulaResults(blankBytes, name)).Select(name => SheetPart(blankBytes, name))];

        var filled = new WorkbookSnapshot(Fill(blankBytes));

        Assert.Equal(blank.Entries.Keys, filled.Entries.Keys); // same entries, same order
        Assert.All(blank.Entries.Where(e => !changed.Contains(e.Key)), e =>
        {
            var after = filled.Entries[e.Key];
            Assert.Equal(e.Value.Content, after.Content);
            Assert.Equal((e.Value.CompressedLength, e.Value.Crc32, e.Value.LastWriteTime), (after.CompressedLength, after.Crc32, after.LastWriteTime));
        });
        Assert.All(changed.Distinct(), part => Assert.NotEqual(blank.Entries[part].Content, filled.Entries[part].Content));
        Assert.Contains(blank.Entries.Keys, k => !changed.Contains(k) && k.Contains("worksheets", StringComparison.Ordinal)); // untouched sheets exist
    }

    [Fact]
    public void Fill_FormulaResultsSavedInTheBlank_DroppedSoNoStaleTotalShows()
    {
        var blank = Read(BlankLibreOffice);
        Assert.Contains(new WorkbookSnapshot(blank).Sheets, s => HasSavedFormulaResults(blank, s.Name));

        var filled = Fill(blank);

        Assert.All(new WorkbookSnapshot(filled).Sheets, s => Assert.False(HasSavedFormulaResults(filled, s.Name), s.Name));
    }

    /// <summary>Whether any formula cell of the sheet has a result saved with it (read with the OpenXml SDK).</summary>
    private static bool HasSavedFormulaResults(byte[] workbook, string sheetName)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheetName);
        var part = (DocumentFormat.OpenXml.Packaging.WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Any(c => c.CellFormula is not null && c.CellValue is not null);
    }

    [Fact]
    public void Fill_Workbook_RecalculatesOnOpening()
    {
        var blank = Read(Blank);
        Assert.False(new WorkbookSnapshot(blank).FullCalcOnLoad);

        var filled = new WorkbookSnapshot(Fill(blank));

        Assert.True(filled.FullCalcOnLoad);
    }

    [Fact]
    public void Fill_TextStartingLikeAFormula_IsAStringCellNotAFormula()
    {
        var blank = Read(Blank);
        var summary = Summary();

        var filled = new WorkbookSnapshot(Fill(blank, summary));

        var comment = Inspect(blank).Inputs.Single(i => i.Field == "expenditure.39.comments");
        var cell = filled.Cell(comment.Sheet, comment.Cell)!;
        Assert.Equal(new SnapshotCell("string", "=SUM(A1:A9)", null, cell.Style), cell);
    }

    [Fact]
    public void Fill_NotReturnedAndUnanswered_LeftAsInTheBlank()
    {
        var blankBytes = Read(Blank);
        var inputs = Inspect(blankBytes).Inputs.ToDictionary(i => i.Field);
        var blank = new WorkbookSnapshot(blankBytes);

        var filled = new WorkbookSnapshot(Fill(blankBytes));

        string[] untouched = ["expenditure.40.outputs", "expenditure.40.expenditure", "expenditure.40.comments", "expenditure.1.comments",
            "cover.expectedSignOffOn", "nationalConditions.3.met", "nationalConditions.1.explanation", "metrics.2.assessment"];
        Assert.All(untouched, field =>
        {
            var (sheet, cell) = (inputs[field].Sheet, inputs[field].Cell);
            Assert.Equal(blank.Cell(sheet, cell), filled.Cell(sheet, cell));
            Assert.Equal("", filled.Cell(sheet, cell)?.Text ?? "");
        });
    }

    [Fact]
    public void Fill_NinetySchemes_EveryRowFilled()
    {
        var area = NinetySchemeArea.Create();
        var blank = Read(BlankNinety);
        Assert.True(ReportingWorkbook.Inspect(new MemoryStream(blank), BlankNinety, area.Plan, "Q2").CanFill);

        var filled = new WorkbookSnapshot(Fill(blank, area.Summary, new TemplateCover([], null)));

        var inputs = ReportingWorkbook.Inspect(new MemoryStream(blank), BlankNinety, area.Plan, "Q2").Inputs.ToDictionary(i => i.Field);
        Assert.Equal(NinetySchemeArea.Schemes * 3, inputs.Keys.Count(k => k.StartsWith("expenditure.", StringComparison.Ordinal)));
        Assert.All(area.Summary.Schemes, line =>
        {
            var input = inputs[$"expenditure.{line.Scheme.Id}.expenditure"];
            Assert.Equal(line.ExpenditureToDate, decimal.Parse(filled.Cell(input.Sheet, input.Cell)!.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void Fill_SameInputs_SameBytes()
    {
        var blank = Read(Blank);

        Assert.Equal(Fill(blank), Fill(blank));
    }

    [Fact]
    public void Fill_WorkbookWithProblems_WritesNothing()
    {
        var summary = Summary();
        var withoutScheme = summary with { Schemes = [.. summary.Schemes.Where(s => s.Scheme.Id != "70")] };
        using var output = new MemoryStream();

        var problems = ReportingWorkbook.Fill(new MemoryStream(Read(Blank)), Blank, withoutScheme, LeadCover, output);

        var problem = Assert.Single(problems);
        Assert.Equal((IssueCodes.UnknownScheme, 38, "B"), (problem.Code, problem.Row, problem.Column));
        Assert.Equal(0, output.Length);
    }

    /// <summary>What each written input holds, by the rule: the figures of returned schemes (NA for no outputs), the
    /// comments not blank, and the answers given (a date as a serial, Yes/No, the assessment as the list spells it).</summary>
    private static Dictionary<string, (string, string)> ExpectedValues(AreaSummary summary)
    {
        var expected = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in summary.Schemes.Where(l => l.Returned))
        {
            expected[$"expenditure.{line.Scheme.Id}.expenditure"] = ("n", line.ExpenditureToDate!.Value.ToString("0.##", CultureInfo.InvariantCulture));
            expected[$"expenditure.{line.Scheme.Id}.outputs"] = line.OutputsDeliveredToDate is { } o ? ("n", o.ToString("0.##", CultureInfo.InvariantCulture)) : ("string", "NA");
            if (line.Comments.Length > 0)
            {
                expected[$"expenditure.{line.Scheme.Id}.comments"] = ("string", line.Comments);
            }
        }
        expected["cover.healthAndWellbeingBoard"] = ("string", "Leicestershire");
        expected["cover.completedBy"] = ("string", "Jane Smith");
        expected["cover.email"] = ("string", "jane.smith@leics.example.gov.uk");
        expected["cover.phone"] = ("string", "0116 305 0000");
        expected["cover.signedOff"] = ("string", "Yes");
        expected["cover.signedOffBy"] = ("string", "Mike Sandys");
        expected["cover.signedOffRole"] = ("string", "Director of Public Health");
        expected["cover.signedOffOn"] = ("n", "45593");
        expected["nationalConditions.1.met"] = ("string", "Yes");
        expected["nationalConditions.2.met"] = ("string", "No");
        expected["nationalConditions.2.explanation"] = ("string", "+ The plan's objective 1 schemes started in October.");
        expected["nationalConditions.4.met"] = ("string", "Yes");
        expected["metrics.1.assessment"] = ("string", "On track to meet target");
        expected["metrics.1.challenges"] = ("string", "None");
        expected["metrics.1.achievements"] = ("string", "Admissions down 4%");
        expected["metrics.3.assessment"] = ("string", "Not on track to meet target");
        expected["metrics.3.challenges"] = ("string", "Care home capacity");
        expected["metrics.3.achievements"] = ("string", "@ New pathway");
        expected["metrics.4.assessment"] = ("string", "Data not available to assess progress");
        expected["metrics.4.challenges"] = ("string", "Data lag");
        expected["metrics.4.achievements"] = ("string", "-");
        return expected;
    }

    private static (string, string) Typed(SnapshotCell? cell) => cell is null ? ("", "") : (cell.Type, cell.Text);
}
