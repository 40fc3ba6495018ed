using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Reads every sheet of an OpenDocument spreadsheet (.ods, LibreOffice's own format): names, hidden state (a table
/// style with <c>table:display="false"</c>), the active sheet (settings.xml's ActiveTable), and each cell's typed
/// value (float, currency, percentage, date, time, boolean, string), formula results as saved, errors, and formulas
/// without a result. Repeated rows and columns are expanded only when they hold something, within the same caps as
/// an .xlsx.
/// </summary>
internal static class OdsWorkbookReader
{
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string CalcExtNs = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    private const string ConfigNs = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";

    public static WorkbookReadResult Read(byte[] bytes, string fileName)
    {
        if (ZipLimits.Check(bytes) is { } sizeProblem)
        {
            return WorkbookReadResult.Fail(sizeProblem.Code, fileName, sizeProblem.Message);
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var content = zip.GetEntry("content.xml");
            if (content is null)
            {
                return Unreadable(fileName, "it has no content");
            }
            var sheets = ReadContent(content, new CellBudget());
            if (sheets.Count == 0)
            {
                return Unreadable(fileName, "it has no sheet");
            }
            var activeName = zip.GetEntry("settings.xml") is { } settings ? ActiveTableName(settings) : null;
            var active = sheets.FindIndex(s => s.Name == activeName);
            return WorkbookReadResult.Of(new Workbook(FileKind.Ods, sheets, active >= 0 ? active : null));
        }
        catch (TableTooLargeException e)
        {
            return WorkbookReadResult.Fail(IssueCodes.TooLarge, fileName, $"The spreadsheet is too large to be a return: {e.Message}");
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or InvalidOperationException
                                      or ArgumentException or NotSupportedException or FormatException)
        {
            return Unreadable(fileName, $"it is damaged ({e.GetType().Name})");
        }
    }

    private static WorkbookReadResult Unreadable(string fileName, string why) =>
        WorkbookReadResult.Fail(IssueCodes.NotATable, fileName,
            $"The file could not be read as a LibreOffice spreadsheet: {why}. Open it in LibreOffice and save it again as .ods or .xlsx, or save the return as .csv.");

    private static List<WorkbookSheet> ReadContent(ZipArchiveEntry entry, CellBudget budget)
    {
        var hiddenStyles = new HashSet<string>(StringComparer.Ordinal);
        var sheets = new List<WorkbookSheet>();
        using var reader = XlsxXml.Open(entry.Open());
        string? styleName = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "style" && reader.NamespaceURI == StyleNs)
            {
                styleName = reader.GetAttribute("name", StyleNs);
            }
            else if (reader.LocalName == "table-properties" && reader.NamespaceURI == StyleNs
                     && reader.GetAttribute("display", TableNs) == "false" && styleName is not null)
            {
                hiddenStyles.Add(styleName);
            }
            else if (reader.LocalName == "table" && reader.NamespaceURI == TableNs)
            {
                if (sheets.Count == TableLimits.MaxSheets)
                {
                    throw new TableTooLargeException($"it has more than {TableLimits.MaxSheets} sheets.");
                }
                var name = reader.GetAttribute("name", TableNs) ?? $"Sheet{sheets.Count + 1}";
                var hidden = reader.GetAttribute("style-name", TableNs) is { } style && hiddenStyles.Contains(style);
                sheets.Add(new WorkbookSheet(name, hidden, ReadTable(reader, name, budget)));
            }
        }
        return sheets;
    }

    private static List<TableRow> ReadTable(XmlReader reader, string sheetName, CellBudget budget)
    {
        var rows = new List<TableRow>();
        if (reader.IsEmptyElement)
        {
            return rows;
        }
        var depth = reader.Depth;
        var rowNumber = 0;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != TableNs || reader.LocalName != "table-row")
            {
                continue;
            }
            var repeat = Repeat(reader.GetAttribute("number-rows-repeated", TableNs));
            var cells = ReadRow(reader, rowNumber + 1, sheetName, budget);
            if (cells.Count == 0)
            {
                rowNumber += repeat; // blank rows, often a million of them to the sheet's end
                continue;
            }
            for (var i = 0; i < repeat; i++)
            {
                rowNumber++;
                if (rowNumber > TableLimits.MaxRows + 1)
                {
                    throw new TableTooLargeException($"sheet '{sheetName}' has more than {TableLimits.MaxRows} rows.");
                }
                rows.Add(new TableRow(rowNumber, [.. cells]));
            }
        }
        return rows;
    }

    /// <summary>The row's cells up to its last non-blank one (none for a blank row).</summary>
    private static List<TableCell> ReadRow(XmlReader reader, int rowNumber, string sheetName, CellBudget budget)
    {
        var cells = new List<TableCell>();
        if (reader.IsEmptyElement)
        {
            return cells;
        }
        var depth = reader.Depth;
        var column = 0;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != TableNs
                || reader.LocalName is not ("table-cell" or "covered-table-cell"))
            {
                continue;
            }
            var repeat = Repeat(reader.GetAttribute("number-columns-repeated", TableNs));
            var cell = ReadCell(reader);
            if (cell.IsBlank)
            {
                column += repeat;
                continue;
            }
            for (var i = 0; i < repeat; i++)
            {
                column++;
                if (column > TableLimits.MaxColumns)
                {
                    throw new TableTooLargeException($"row {rowNumber} of sheet '{sheetName}' has more than {TableLimits.MaxColumns} columns.");
                }
                budget.TakeCell(cell.Span.Length);
                while (cells.Count < column - 1)
                {
                    cells.Add(TableCell.Blank);
                }
                cells.Add(cell);
            }
        }
        return cells;
    }

    private static TableCell ReadCell(XmlReader reader)
    {
        var type = reader.GetAttribute("value-type", OfficeNs);
        var calcType = reader.GetAttribute("value-type", CalcExtNs);
        var formula = reader.GetAttribute("formula", TableNs);
        var value = reader.GetAttribute("value", OfficeNs);
        var dateValue = reader.GetAttribute("date-value", OfficeNs);
        var timeValue = reader.GetAttribute("time-value", OfficeNs);
        var booleanValue = reader.GetAttribute("boolean-value", OfficeNs);
        var stringValue = reader.GetAttribute("string-value", OfficeNs);
        var text = ReadText(reader);
        if (calcType == "error")
        {
            return new TableCell(text.Length > 0 ? text : "#VALUE!", CellKind.Error);
        }
        switch (type)
        {
            case "float" or "currency" or "percentage"
                when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return new TableCell(number.ToString(CultureInfo.InvariantCulture), CellKind.Number);
            case "date" when DateTime.TryParse(dateValue, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return new TableCell(SpreadsheetDates.Show(date), CellKind.Date);
            case "time" when timeValue is not null:
                return new TableCell(ShowDuration(timeValue), CellKind.Date);
            case "boolean":
                return new TableCell(booleanValue == "true" ? "TRUE" : "FALSE");
            case "string":
                return new TableCell(stringValue ?? text);
            case null when formula is not null:
                return new TableCell("", CellKind.UncalculatedFormula);
            default:
                return new TableCell(text);
        }
    }

    /// <summary>A time value (an ISO 8601 duration, "PT14H30M00S") as the 24-hour time a person saw.</summary>
    private static string ShowDuration(string duration)
    {
        try
        {
            var span = XmlConvert.ToTimeSpan(duration);
            return $"{(int)span.TotalHours % 24:00}:{span.Minutes:00}";
        }
        catch (FormatException)
        {
            return duration;
        }
    }

    /// <summary>The cell's paragraphs joined by line breaks, with <c>text:s</c> spaces, tabs and line breaks as the
    /// person typed them; leaves the reader on the cell's end.</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var text = new StringBuilder();
        var depth = reader.Depth;
        var paragraphs = 0;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == TextNs && reader.LocalName is "p" or "h":
                    if (paragraphs++ > 0)
                    {
                        text.Append('\n');
                    }
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNs && reader.LocalName == "s":
                    text.Append(' ', Math.Clamp(Repeat(reader.GetAttribute("c", TextNs)), 1, 1000));
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNs && reader.LocalName == "tab":
                    text.Append('\t');
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNs && reader.LocalName == "line-break":
                    text.Append('\n');
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == OfficeNs && reader.LocalName == "annotation" && !reader.IsEmptyElement:
                    reader.Skip(); // a note attached to the cell, not its value
                    if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                    {
                        return text.ToString();
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    text.Append(reader.Value);
                    break;
            }
        }
        return text.ToString();
    }

    private static int Repeat(string? attribute) =>
        int.TryParse(attribute, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    private static string? ActiveTableName(ZipArchiveEntry settings)
    {
        using var reader = XlsxXml.Open(settings.Open());
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "config-item" && reader.NamespaceURI == ConfigNs
                && reader.GetAttribute("name", ConfigNs) == "ActiveTable")
            {
                return reader.ReadElementContentAsString();
            }
        }
        return null;
    }
}
