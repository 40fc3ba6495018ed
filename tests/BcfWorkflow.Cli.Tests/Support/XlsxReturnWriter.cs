using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Cli.Tests.Support;

/// <summary>Writes rows into the first sheet of a new .xlsx, numbers as numeric cells and the rest as text, as a council's spreadsheet would.</summary>
public static class XlsxReturnWriter
{
    public static void Write(string path, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var row in rows)
        {
            data.Append(new Row(row.Select(Cell)));
        }
        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Return" }));
    }

    private static Cell Cell(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) }
            : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
