using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Rendering.Xlsx;
using BcfWorkflow.Domain.Reporting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Writes template.xlsx in the layout of NHS England's quarterly reporting template for the summary's year:
/// its numbered sheets ("1. Guidance", "2. Cover", "3. National Conditions", "4. Metrics", "6. Expenditure" in
/// 2024-25), each headed by the template's title and the Health and Wellbeing Board.</summary>
/// <remarks>Money cells are numbers formatted "£#,##0", percentages numbers formatted "0.00%", text is inline strings:
/// text from plans and returns is never a formula. The only formulas are the expenditure sheet's totals (SUM over the
/// rows above them, and the total percentage spent), each saved with its value. Sheet names, conditions and metrics
/// come from <see cref="ReportingTemplates"/>. The output is deterministic: the same inputs give the same bytes.</remarks>
public static class TemplateXlsxWriter
{
    public static void Write(AreaSummary summary, TemplateCover cover, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(cover);
        ArgumentNullException.ThrowIfNull(output);

        using var package = new MemoryStream();
        WritePackage(summary, cover, package);
        package.Position = 0;
        DeterministicZip.Copy(package, output);
    }

    private static void WritePackage(AreaSummary summary, TemplateCover cover, Stream package)
    {
        var template = ReportingTemplates.For(summary.Year);
        var title = template.Title(summary.Quarter);
        var sheets = template.Sheets;
        var answers = cover.Answers ?? LeadAnswers.Empty;
        var completeness = TemplateCompleteness.Of(summary, answers);

        using var document = SpreadsheetDocument.Create(package, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        // Compressed once, by DeterministicZip.
        document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        // Explicit relationship ids: the generated ones are random and would make the bytes differ run to run.
        var workbookPart = document.AddWorkbookPart();
        document.ChangeIdOfPart(workbookPart, "rId1");

        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = XlsxStylesheet.Create();

        AddSheet(workbookPart, "rIdGuidance", GuidanceSheet.SheetLayout(title, summary.Area),
            sheet => GuidanceSheet.Write(sheet, summary, template, title));
        AddSheet(workbookPart, "rIdCover", CoverSheet.SheetLayout(title, summary.Area),
            sheet => CoverSheet.Write(sheet, summary, cover, completeness, template, title));
        AddSheet(workbookPart, "rIdConditions", NationalConditionsSheet.SheetLayout(title, summary.Area),
            sheet => NationalConditionsSheet.Write(sheet, summary.Area, template, answers, title));
        AddSheet(workbookPart, "rIdMetrics", MetricsSheet.SheetLayout(title, summary.Area),
            sheet => MetricsSheet.Write(sheet, summary.Area, summary.Quarter, template, answers, title));
        var layout = ExpenditureLayout.For(summary);
        AddSheet(workbookPart, "rIdExpenditure", ExpenditureSheet.SheetLayout(summary, layout, title),
            sheet => ExpenditureSheet.Write(sheet, summary, layout, title));

        const uint expenditureIndex = 4; // 0-based position of the expenditure sheet, for its defined names
        var expenditure = Quoted(sheets.Expenditure);
        var lastColumn = XlsxSheetWriter.ColumnName(TemplateColumns.SchemeTable.Count);
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(
                new Sheet { Id = "rIdGuidance", SheetId = 1, Name = sheets.Guidance },
                new Sheet { Id = "rIdCover", SheetId = 2, Name = sheets.Cover },
                new Sheet { Id = "rIdConditions", SheetId = 3, Name = sheets.NationalConditions },
                new Sheet { Id = "rIdMetrics", SheetId = 4, Name = sheets.Metrics },
                new Sheet { Id = "rIdExpenditure", SheetId = 5, Name = sheets.Expenditure }),
            new DefinedNames(
                // The autofilter's range, as Excel names it; and the scheme table's heading repeated on every printed page.
                new DefinedName($"{expenditure}!$A${layout.SchemeHeader}:${lastColumn}${layout.LastScheme}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = expenditureIndex, Hidden = true,
                },
                new DefinedName($"{expenditure}!${layout.SchemeHeader}:${layout.SchemeHeader}")
                {
                    Name = "_xlnm.Print_Titles", LocalSheetId = expenditureIndex,
                }));
    }

    private static void AddSheet(WorkbookPart workbookPart, string id, XlsxSheetLayout layout, Action<XlsxSheetWriter> write)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>(id);
        using var sheet = new XlsxSheetWriter(part, layout);
        write(sheet);
    }

    /// <summary>A sheet name as a formula reference names it: in single quotes, quotes inside doubled.</summary>
    private static string Quoted(string sheetName) => $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'";
}
