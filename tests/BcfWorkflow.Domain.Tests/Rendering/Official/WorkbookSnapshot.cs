using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Tests.Rendering.Official;

/// <summary>A workbook read with DocumentFormat.OpenXml (not with the code under test): every cell's type, value,
/// formula and style, each sheet's other parts as XML, the workbook's sheets and names, and the zip's entries.</summary>
internal sealed class WorkbookSnapshot
{
    public WorkbookSnapshot(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var strings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var workbook = workbookPart.Workbook;
        Sheets = [.. workbook.Sheets!.Elements<Sheet>().Select(s => (s.Name!.Value!, s.State?.InnerText ?? "visible"))];
        DefinedNames = [.. (workbook.DefinedNames?.Elements<DefinedName>() ?? []).Select(d => d.OuterXml)];
        WorkbookProtection = workbook.WorkbookProtection?.OuterXml;
        FullCalcOnLoad = workbook.CalculationProperties?.FullCalculationOnLoad?.Value == true;
        foreach (var sheet in workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
            var cells = new Dictionary<string, SnapshotCell>(StringComparer.Ordinal);
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                var type = cell.DataType?.InnerText ?? "n";
                var text = type switch
                {
                    "s" => strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)],
                    "inlineStr" => cell.InlineString?.InnerText ?? "",
                    _ => cell.CellValue?.Text ?? "",
                };
                // A string typed in is a string, whether shared or inline.
                cells[cell.CellReference!.Value!] = new SnapshotCell(type is "s" or "inlineStr" ? "string" : type, text, cell.CellFormula?.Text, cell.StyleIndex?.Value ?? 0);
            }
            Cells[sheet.Name!.Value!] = cells;
            SheetParts[sheet.Name!.Value!] = string.Join("\n", worksheet.ChildElements
                .Where(e => e is not SheetData)
                .Select(e => e.OuterXml));
        }
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }
            Entries[entry.FullName] = new SnapshotEntry(content.ToArray(), entry.CompressedLength, entry.Crc32, entry.LastWriteTime);
        }
    }

    public IReadOnlyList<(string Name, string State)> Sheets { get; }

    public IReadOnlyList<string> DefinedNames { get; }

    public string? WorkbookProtection { get; }

    public bool FullCalcOnLoad { get; }

    /// <summary>Sheet name → cell reference → cell.</summary>
    public Dictionary<string, Dictionary<string, SnapshotCell>> Cells { get; } = new(StringComparer.Ordinal);

    /// <summary>Sheet name → everything of the sheet but its cells (views, columns, protection, merges, validations,
    /// conditional formats, page setup, extensions), as XML.</summary>
    public Dictionary<string, string> SheetParts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SnapshotEntry> Entries { get; } = new(StringComparer.Ordinal);

    public SnapshotCell? Cell(string sheet, string reference) => Cells[sheet].GetValueOrDefault(reference);
}

/// <summary>Type is "string" (shared or inline), "n", "b", "str", "e" or "d".</summary>
internal sealed record SnapshotCell(string Type, string Text, string? Formula, uint Style);

internal sealed record SnapshotEntry(byte[] Content, long CompressedLength, uint Crc32, DateTimeOffset LastWriteTime);
