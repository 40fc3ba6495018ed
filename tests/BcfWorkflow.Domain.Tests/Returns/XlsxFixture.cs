using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

/// <summary>
/// Builds .xlsx files in memory. Each row is an array of cells by column: a string becomes a shared string
/// (or an inline string), a number a numeric cell, and null no cell at all (a gap, as Excel writes it).
/// </summary>
internal static class XlsxFixture
{
    public static byte[] Workbook(params object?[][] rows) => Build([("Return", rows)], inlineStrings: false);

    public static byte[] InlineStrings(params object?[][] rows) => Build([("Return", rows)], inlineStrings: true);

    /// <summary>Several sheets, in workbook order; the first is the one a return is read from.</summary>
    public static byte[] Build(IReadOnlyList<(string Name, object?[][] Rows)> sheets, bool inlineStrings)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var shared = workbookPart.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var sharedIndex = new Dictionary<string, int>();
            // Create parts in reverse so the part order differs from the workbook's sheet order.
            var parts = new WorksheetPart[sheets.Count];
            for (var s = sheets.Count - 1; s >= 0; s--)
            {
                parts[s] = workbookPart.AddNewPart<WorksheetPart>();
                parts[s].Worksheet = new Worksheet(SheetData(sheets[s].Rows, inlineStrings, shared.SharedStringTable, sharedIndex));
            }
            for (var s = 0; s < sheets.Count; s++)
            {
                workbookPart.Workbook.Sheets!.Append(new Sheet
                {
                    Id = workbookPart.GetIdOfPart(parts[s]),
                    SheetId = (uint)(s + 1),
                    Name = sheets[s].Name,
                });
            }
        }
        return stream.ToArray();
    }

    private static SheetData SheetData(object?[][] rows, bool inlineStrings, SharedStringTable table, Dictionary<string, int> index)
    {
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var rowNumber = (uint)(r + 1);
            var row = new Row { RowIndex = rowNumber };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } value)
                {
                    row.Append(Cell($"{ColumnName(c)}{rowNumber}", value, inlineStrings, table, index));
                }
            }
            data.Append(row);
        }
        return data;
    }

    private static Cell Cell(string reference, object value, bool inlineStrings, SharedStringTable table, Dictionary<string, int> index)
    {
        if (value is string text)
        {
            if (inlineStrings)
            {
                return new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                };
            }
            if (!index.TryGetValue(text, out var i))
            {
                i = index.Count;
                index[text] = i;
                table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
            return new Cell(new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                CellReference = reference,
                DataType = CellValues.SharedString,
            };
        }
        var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        return new Cell(new CellValue(number)) { CellReference = reference };
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }
}
