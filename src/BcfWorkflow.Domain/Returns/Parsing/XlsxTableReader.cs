using System.Globalization;
using System.IO.Compression;
using System.Xml;
using BcfWorkflow.Domain.Validation;
using DocumentFormat.OpenXml.Packaging;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>
/// Reads the first sheet (in workbook order) of an .xlsx. OpenXml finds the parts; the parts' XML is read here
/// with a forward-only reader that prohibits DTDs and caps characters and bytes, after the zip's declared sizes
/// are checked. Shared strings, inline strings and numbers are supported; missing cells are blank.
/// </summary>
internal static class XlsxTableReader
{
    private const string Unreadable = "could not be read as an xlsx workbook";

    public static TableReadResult Read(byte[] bytes, string fileName)
    {
        if (CheckZipSizes(bytes) is { } sizeProblem)
        {
            return TableReadResult.Fail(sizeProblem.Code, fileName, $"{fileName} {sizeProblem.Message}");
        }
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var workbook = document.WorkbookPart;
            if (workbook is null)
            {
                return NotATable(fileName, "has no workbook");
            }
            var sheetId = FirstSheetRelationshipId(workbook);
            if (sheetId is null || workbook.GetPartById(sheetId) is not WorksheetPart sheet)
            {
                return NotATable(fileName, "has no worksheet");
            }
            var sharedStrings = ReadSharedStrings(workbook.SharedStringTablePart);
            return ReadRows(sheet, sharedStrings, fileName);
        }
        catch (TableTooLargeException e)
        {
            return TableReadResult.Fail(IssueCodes.TooLarge, fileName, $"{fileName} is too large: {e.Message}");
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException or IOException
                                      or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            return NotATable(fileName, $"{Unreadable} ({e.GetType().Name})");
        }
    }

    private static (string Code, string Message)? CheckZipSizes(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > TableLimits.MaxXlsxEntries)
            {
                return (IssueCodes.TooLarge, $"has more than {TableLimits.MaxXlsxEntries} parts.");
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > TableLimits.MaxBytes)
                {
                    return (IssueCodes.TooLarge, $"is too large: {entry.FullName} is over {TableLimits.MaxBytes / (1024 * 1024)} MB uncompressed.");
                }
                total += entry.Length;
            }
            return total > TableLimits.MaxXlsxUncompressedBytes
                ? (IssueCodes.TooLarge, $"is too large: over {TableLimits.MaxXlsxUncompressedBytes / (1024 * 1024)} MB uncompressed.")
                : null;
        }
        catch (InvalidDataException)
        {
            return (IssueCodes.NotATable, "is a damaged zip file, not a CSV or xlsx file.");
        }
    }

    private static string? FirstSheetRelationshipId(WorkbookPart workbook)
    {
        using var reader = XlsxXml.Open(workbook.GetStream(FileMode.Open, FileAccess.Read));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                while (reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
                    {
                        return reader.Value;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
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
                strings.Add(XlsxXml.ReadStringItem(reader));
            }
        }
        return strings;
    }

    private static TableReadResult ReadRows(WorksheetPart sheet, List<string> sharedStrings, string fileName)
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
                    throw new TableTooLargeException($"the first sheet has more than {TableLimits.MaxRows} rows.");
                }
                cells = [];
                column = 0;
                if (reader.IsEmptyElement)
                {
                    cells = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && cells is not null)
            {
                var reference = reader.GetAttribute("r");
                column = reference is null ? column + 1 : XlsxXml.ColumnOf(reference) is var c and > 0 ? c : column + 1;
                if (column > TableLimits.MaxColumns)
                {
                    throw new TableTooLargeException($"row {rowNumber} of the first sheet has more than {TableLimits.MaxColumns} columns.");
                }
                var cell = ReadCell(reader, sharedStrings);
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
                var row = new TableRow(rowNumber, cells.ToArray());
                if (!row.IsBlank)
                {
                    rows.Add(row);
                }
                cells = null;
            }
        }
        return TableReadResult.Of(rows);
    }

    private static TableCell ReadCell(XmlReader reader, List<string> sharedStrings)
    {
        var type = reader.GetAttribute("t") ?? "n";
        if (reader.IsEmptyElement)
        {
            return TableCell.Blank;
        }
        string? value = null;
        var inline = "";
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "v")
            {
                value = reader.ReadElementContentAsString();
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }
            }
            else if (reader.LocalName == "is")
            {
                inline = XlsxXml.ReadStringItem(reader);
            }
        }
        return type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                ? new TableCell(sharedStrings[index])
                : TableCell.Blank,
            "inlineStr" => new TableCell(inline),
            "b" => new TableCell(value == "1" ? "TRUE" : "FALSE"),
            "n" => Number(value),
            _ => new TableCell(value ?? ""),
        };
    }

    /// <summary>A numeric cell as invariant decimal text, at double's 15 significant digits (so 0.1+0.2 reads as 0.3).</summary>
    private static TableCell Number(string? value)
    {
        if (value is null)
        {
            return TableCell.Blank;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && Math.Abs(number) < 1e15)
        {
            return new TableCell(((decimal)number).ToString(CultureInfo.InvariantCulture), IsNumber: true);
        }
        return new TableCell(value);
    }

    private static TableReadResult NotATable(string fileName, string why) =>
        TableReadResult.Fail(IssueCodes.NotATable, fileName, $"{fileName} {why}: not a CSV or xlsx file.");
}
