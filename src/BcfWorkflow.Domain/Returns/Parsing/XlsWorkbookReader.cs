using System.Globalization;
using BcfWorkflow.Domain.Validation;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Reads every sheet of an Excel 97-2003 workbook (.xls) through ExcelDataReader: names, hidden state, and each
/// cell as saved (numbers, dates, text, booleans, formula results). The library does not give the active tab, so it
/// is read from the workbook stream itself (<see cref="XlsActiveSheet"/>); an OLE2 file with no workbook stream (a
/// Word 97-2003 document) is named as such.
/// </summary>
internal static class XlsWorkbookReader
{
    public static WorkbookReadResult Read(byte[] bytes, string fileName)
    {
        CodePages.Register(); // the legacy format stores text in Windows code pages
        var container = CompoundFile.Open(bytes);
        if (container is not null && !container.StreamNames.Any(n => n is "Workbook" or "Book"))
        {
            return WorkbookReadResult.Fail(IssueCodes.NotATable, fileName,
                container.StreamNames.Contains("WordDocument")
                    ? $"The file is a Word document, not a return. Upload {ReturnFileFormat.Accepted}: open the workbook you filled in and save it as .xlsx or .csv."
                    : $"The file is not a spreadsheet. Upload {ReturnFileFormat.Accepted}: open the workbook you filled in and save it as .xlsx or .csv.");
        }
        try
        {
            using var reader = ExcelReaderFactory.CreateBinaryReader(new MemoryStream(bytes, writable: false));
            var budget = new CellBudget();
            var sheets = new List<WorkbookSheet>();
            do
            {
                if (sheets.Count == TableLimits.MaxSheets)
                {
                    throw new TableTooLargeException($"it has more than {TableLimits.MaxSheets} sheets.");
                }
                var name = reader.Name ?? $"Sheet{sheets.Count + 1}";
                sheets.Add(new WorkbookSheet(name, reader.VisibleState is "hidden" or "veryhidden", ReadRows(reader, name, budget)));
            }
            while (reader.NextResult());
            var activeName = container?.Read("Workbook") is { } stream ? XlsActiveSheet.Of(stream) : null;
            var active = sheets.FindIndex(s => s.Name == activeName);
            return WorkbookReadResult.Of(new Workbook(FileKind.Xls, sheets, active >= 0 ? active : null));
        }
        catch (TableTooLargeException e)
        {
            return WorkbookReadResult.Fail(IssueCodes.TooLarge, fileName, $"The workbook is too large to be a return: {e.Message}");
        }
        catch (HeaderException)
        {
            // An OLE2 file without a workbook stream: most often a Word 97-2003 document.
            return WorkbookReadResult.Fail(IssueCodes.NotATable, fileName,
                $"The file is not a spreadsheet (it may be a Word document). Upload the return as {ReturnFileFormat.Accepted}.");
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or InvalidOperationException
                                      or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException
                                      or OverflowException or EndOfStreamException)
        {
            return WorkbookReadResult.Fail(IssueCodes.NotATable, fileName,
                $"The file could not be read as an Excel 97-2003 workbook: it is damaged ({e.GetType().Name}). Open it in Excel or LibreOffice and save it again as .xlsx, or save the return as .csv.");
        }
    }

    private static List<TableRow> ReadRows(IExcelDataReader reader, string sheetName, CellBudget budget)
    {
        var rows = new List<TableRow>();
        var rowNumber = 0;
        var cells = new List<TableCell>();
        while (reader.Read())
        {
            rowNumber++;
            if (rowNumber > TableLimits.MaxRows + 1)
            {
                throw new TableTooLargeException($"sheet '{sheetName}' has more than {TableLimits.MaxRows} rows.");
            }
            cells.Clear();
            for (var column = 0; column < reader.FieldCount; column++)
            {
                var cell = Cell(reader.GetValue(column));
                if (cell.IsBlank)
                {
                    continue;
                }
                if (column >= TableLimits.MaxColumns)
                {
                    throw new TableTooLargeException($"row {rowNumber} of sheet '{sheetName}' has more than {TableLimits.MaxColumns} columns.");
                }
                budget.TakeCell(cell.Span.Length);
                while (cells.Count < column)
                {
                    cells.Add(TableCell.Blank);
                }
                cells.Add(cell);
            }
            if (cells.Count > 0)
            {
                rows.Add(new TableRow(rowNumber, [.. cells]));
            }
        }
        return rows;
    }

    private static TableCell Cell(object? value) => value switch
    {
        null => TableCell.Blank,
        string text => new TableCell(text),
        double number when Math.Abs(number) < 1e15 => new TableCell(((decimal)number).ToString(CultureInfo.InvariantCulture), CellKind.Number),
        double number => new TableCell(number.ToString("R", CultureInfo.InvariantCulture)),
        int number => new TableCell(number.ToString(CultureInfo.InvariantCulture), CellKind.Number),
        DateTime date => new TableCell(SpreadsheetDates.Show(date), CellKind.Date),
        TimeSpan time => new TableCell($"{(int)time.TotalHours % 24:00}:{time.Minutes:00}", CellKind.Date),
        bool flag => new TableCell(flag ? "TRUE" : "FALSE"),
        _ => new TableCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
