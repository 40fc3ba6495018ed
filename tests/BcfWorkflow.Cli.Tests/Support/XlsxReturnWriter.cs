using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Cli.Tests.Support;

/// <summary>Writes rows into the sheets of a new .xlsx, numbers as numeric cells and the rest as text, as a council's spreadsheet would.</summary>
public static class XlsxReturnWriter
{
    public static void Write(string path, IReadOnlyList<IReadOnlyList<string>> rows) => Write(path, [("Return", rows)]);

    public static void Write(string path, IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var list = new Sheets();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in sheets[i].Rows)
            {
                data.Append(new Row(row.Select(Cell)));
            }
            sheet.Worksheet = new Worksheet(data);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = (uint)(i + 1), Name = sheets[i].Name });
        }
        workbook.Workbook.AppendChild(list);
    }

    private static Cell Cell(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) }
            : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
