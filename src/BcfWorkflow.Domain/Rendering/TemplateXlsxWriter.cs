using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Rendering.Xlsx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Rendering;

/// <summary>Writes template.xlsx: a "Cover" sheet (return, submissions, sign-off) and an "Expenditure" sheet laid out
/// like the national template.</summary>
/// <remarks>Money cells are numbers formatted "£#,##0", percentages numbers formatted "0.00%", text is inline strings:
/// no cell is ever a formula. The output is deterministic: the same inputs give the same bytes.</remarks>
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
        using var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook);
        // Compressed once, by DeterministicZip.
        document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        // Explicit relationship ids: the generated ones are random and would make the bytes differ run to run.
        var workbookPart = document.AddWorkbookPart();
        document.ChangeIdOfPart(workbookPart, "rId1");

        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = XlsxStylesheet.Create();

        var coverPart = workbookPart.AddNewPart<WorksheetPart>("rIdCover");
        using (var sheet = new XlsxSheetWriter(coverPart, CoverSheet.ColumnWidths))
        {
            CoverSheet.Write(sheet, summary, cover);
        }

        var expenditurePart = workbookPart.AddNewPart<WorksheetPart>("rIdExpenditure");
        using (var sheet = new XlsxSheetWriter(expenditurePart, ExpenditureSheet.ColumnWidths))
        {
            ExpenditureSheet.Write(sheet, summary);
        }

        workbookPart.Workbook = new Workbook(new Sheets(
            new Sheet { Id = "rIdCover", SheetId = 1, Name = CoverSheet.Name },
            new Sheet { Id = "rIdExpenditure", SheetId = 2, Name = ExpenditureSheet.Name }));
    }
}
