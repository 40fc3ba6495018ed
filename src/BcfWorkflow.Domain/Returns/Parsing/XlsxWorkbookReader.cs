using System.Globalization;
using System.Xml;
using BcfWorkflow.Domain.Validation;
using DocumentFormat.OpenXml.Packaging;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Reads every sheet of an .xlsx/.xlsm: names, hidden state, the active tab, and each cell as the person saw it:
/// shared and inline strings (with Excel's <c>_xHHHH_</c> escapes decoded), numbers, dates (numbers shown through a
/// date format), booleans, formula results as saved, errors, and formulas saved without a result. OpenXml finds the
/// parts; their XML is read here with a forward-only reader that prohibits DTDs and caps characters and bytes, after
/// the zip's declared sizes are checked (<see cref="ZipLimits"/>).
/// </summary>
internal static class XlsxWorkbookReader
{
    public static WorkbookReadResult Read(byte[] bytes, string fileName)
    {
        if (ZipLimits.Check(bytes) is { } sizeProblem)
        {
            return WorkbookReadResult.Fail(sizeProblem.Code, fileName, sizeProblem.Message);
        }
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var workbookPart = document.WorkbookPart;
            if (workbookPart is null)
            {
                return Unreadable(fileName, "it has no workbook part");
            }
            var budget = new CellBudget();
            var book = ReadWorkbookPart(workbookPart);
            var styles = DateStyles(workbookPart.WorkbookStylesPart);
            var strings = ReadSharedStrings(workbookPart.SharedStringTablePart, budget);
            var sheets = new List<WorkbookSheet>();
            foreach (var (name, hidden, relationshipId) in book.Sheets)
            {
                if (workbookPart.GetPartById(relationshipId) is WorksheetPart part)
                {
                    sheets.Add(new WorkbookSheet(name, hidden, ReadRows(part, name, strings, styles, book.Date1904, budget)));
                }
            }
            if (sheets.Count == 0)
            {
                return Unreadable(fileName, "it has no worksheet");
            }
            // Excel leaves activeTab out when it is the first tab; a file with no workbook view at all (written by
            // a script) does not say which sheet was showing.
            int? active = book.HasWorkbookView ? Math.Clamp(book.ActiveTab, 0, sheets.Count - 1) : null;
            return WorkbookReadResult.Of(new Workbook(FileKind.Xlsx, sheets, active));
        }
        catch (TableTooLargeException e)
        {
            return WorkbookReadResult.Fail(IssueCodes.TooLarge, fileName, $"The workbook is too large to be a return: {e.Message}");
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException or IOException
                                      or InvalidOperationException or ArgumentException or NotSupportedException or FormatException
                                      or KeyNotFoundException)
        {
            return Unreadable(fileName, $"it is damaged ({e.GetType().Name})");
        }
    }

    private static WorkbookReadResult Unreadable(string fileName, string why) =>
        WorkbookReadResult.Fail(IssueCodes.NotATable, fileName,
            $"The file could not be read as an Excel workbook: {why}. Open it in Excel or LibreOffice and save it again as .xlsx, or save the return as .csv.");

    private sealed record WorkbookPartInfo(List<(string Name, bool Hidden, string RelationshipId)> Sheets, bool HasWorkbookView, int ActiveTab, bool Date1904);

    private static WorkbookPartInfo ReadWorkbookPart(WorkbookPart workbook)
    {
        var sheets = new List<(string, bool, string)>();
        var hasView = false;
        var activeTab = 0;
        var date1904 = false;
        using var reader = XlsxXml.Open(workbook.GetStream(FileMode.Open, FileAccess.Read));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "workbookPr":
                    date1904 = reader.GetAttribute("date1904") is "1" or "true";
                    break;
                case "workbookView" when !hasView:
                    hasView = true;
                    activeTab = int.TryParse(reader.GetAttribute("activeTab"), NumberStyles.None, CultureInfo.InvariantCulture, out var tab) ? tab : 0;
                    break;
                case "sheet":
                    if (sheets.Count == TableLimits.MaxSheets)
                    {
                        throw new TableTooLargeException($"it has more than {TableLimits.MaxSheets} sheets.");
                    }
                    var name = reader.GetAttribute("name") ?? $"Sheet{sheets.Count + 1}";
                    var hidden = reader.GetAttribute("state") is "hidden" or "veryHidden";
                    string? id = null;
                    while (reader.MoveToNextAttribute())
                    {
                        if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
                        {
                            id = reader.Value;
                        }
                    }
                    if (id is not null)
                    {
                        sheets.Add((name, hidden, id));
                    }
                    break;
            }
        }
        return new WorkbookPartInfo(sheets, hasView, activeTab, date1904);
    }

    /// <summary>For each cell format (the <c>s</c> index of a cell), whether it shows a date.</summary>
    private static bool[] DateStyles(WorkbookStylesPart? part)
    {
        if (part is null)
        {
            return [];
        }
        var customDate = new Dictionary<int, bool>();
        var styles = new List<bool>();
        using var reader = XlsxXml.Open(part.GetStream(FileMode.Open, FileAccess.Read));
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    customDate[id] = SpreadsheetDates.IsDateFormatCode(reader.GetAttribute("formatCode") ?? "");
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    if (styles.Count > TableLimits.MaxCells)
                    {
                        throw new TableTooLargeException("it has too many cell formats.");
                    }
                    var format = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    styles.Add(customDate.TryGetValue(format, out var isDate) ? isDate : SpreadsheetDates.IsBuiltInDateFormat(format));
                    break;
            }
        }
        return [.. styles];
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part, CellBudget budget)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = XlsxXml.Open(part.GetStream(FileMode.Open, FileAccess.Read));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (strings.Count >= TableLimits.MaxCells)
                {
                    throw new TableTooLargeException($"it has more than {TableLimits.MaxCells:N0} different texts.");
                }
                var text = XlsxXml.ReadStringItem(reader);
                budget.TakeText(text.Length);
                strings.Add(text);
            }
        }
        return strings;
    }

    private static List<TableRow> ReadRows(WorksheetPart sheet, string sheetName, List<string> sharedStrings, bool[] dateStyles, bool date1904, CellBudget budget)
    {
        var rows = new List<TableRow>();
        using var reader = XlsxXml.Open(sheet.GetStream(FileMode.Open, FileAccess.Read));
        var rowNumber = 0;
        List<TableCell>? cells = null;
        var column = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > rowNumber ? r : rowNumber + 1;
                if (rowNumber > TableLimits.MaxRows + 1)
                {
                    throw new TableTooLargeException($"sheet '{sheetName}' has more than {TableLimits.MaxRows} rows.");
                }
                cells = reader.IsEmptyElement ? null : [];
                column = 0;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && cells is not null)
            {
                var reference = reader.GetAttribute("r");
                column = reference is null ? column + 1 : XlsxXml.ColumnOf(reference) is var c and > 0 ? c : column + 1;
                if (column > TableLimits.MaxColumns)
                {
                    throw new TableTooLargeException($"row {rowNumber} of sheet '{sheetName}' has more than {TableLimits.MaxColumns} columns.");
                }
                var cell = ReadCell(reader, sharedStrings, dateStyles, date1904);
                if (cell.IsBlank)
                {
                    continue;
                }
                budget.TakeCell(cell.Span.Length);
                while (cells.Count < column - 1)
                {
                    cells.Add(TableCell.Blank);
                }
                if (cells.Count == column - 1)
                {
                    cells.Add(cell);
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && cells is not null)
            {
                if (cells.Count > 0)
                {
                    rows.Add(new TableRow(rowNumber, cells.ToArray()));
                }
                cells = null;
            }
        }
        return rows;
    }

    private static TableCell ReadCell(XmlReader reader, List<string> sharedStrings, bool[] dateStyles, bool date1904)
    {
        var type = reader.GetAttribute("t") ?? "n";
        var isDateStyle = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style)
                          && style < dateStyles.Length && dateStyles[style];
        if (reader.IsEmptyElement)
        {
            return TableCell.Blank;
        }
        string? value = null;
        var hasFormula = false;
        var inline = "";
        var depth = reader.Depth;
        var atEnd = false;
        while (!atEnd && reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "f":
                    hasFormula = true;
                    break;
                case "v":
                    value = reader.IsEmptyElement ? "" : reader.ReadElementContentAsString();
                    // Reading the content moved past </v>: stop if that reached the cell's end.
                    atEnd = reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth;
                    break;
                case "is":
                    inline = XlsxXml.ReadStringItem(reader);
                    break;
            }
        }
        if (hasFormula && string.IsNullOrEmpty(value) && type != "inlineStr")
        {
            return new TableCell("", CellKind.UncalculatedFormula);
        }
        return type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                ? new TableCell(sharedStrings[index])
                : TableCell.Blank,
            "inlineStr" => new TableCell(inline),
            "str" => new TableCell(XlsxXml.DecodeEscapes(value ?? "")),
            "b" => new TableCell(value == "1" ? "TRUE" : "FALSE"),
            "e" => new TableCell(value ?? "#VALUE!", CellKind.Error),
            "d" => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                ? new TableCell(SpreadsheetDates.Show(date), CellKind.Date)
                : new TableCell(value ?? ""),
            _ => Number(value, isDateStyle, date1904),
        };
    }

    /// <summary>A numeric cell: a date when its format shows one, otherwise invariant decimal text at double's
    /// 15 significant digits (so 0.1+0.2 reads as 0.3).</summary>
    private static TableCell Number(string? value, bool isDateStyle, bool date1904)
    {
        if (string.IsNullOrEmpty(value))
        {
            return TableCell.Blank;
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new TableCell(value);
        }
        if (isDateStyle && SpreadsheetDates.FromSerial(number, date1904) is { } date)
        {
            return new TableCell(date, CellKind.Date);
        }
        return Math.Abs(number) < 1e15
            ? new TableCell(((decimal)number).ToString(CultureInfo.InvariantCulture), CellKind.Number)
            : new TableCell(value);
    }
}
