using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Tests.Rendering;

/// <summary>Reads a written workbook back cell by cell with DocumentFormat.OpenXml.</summary>
internal sealed class XlsxProbe : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public XlsxProbe(byte[] bytes)
    {
        _document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
    }

    public SpreadsheetDocument Document => _document;

    public IReadOnlyList<string> SheetNames =>
        _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Worksheet(string sheetName)
    {
        var sheet = _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return ((WorksheetPart)_document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public IEnumerable<Worksheet> Worksheets => _document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet);

    /// <summary>The cell at a reference, or null when the row has no such cell.</summary>
    public ProbedCell? Cell(string sheetName, string reference)
    {
        var cell = Worksheet(sheetName).Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            return null;
        }
        var isString = cell.DataType?.Value == CellValues.InlineString;
        var value = isString ? cell.InlineString!.InnerText : cell.CellValue?.Text;
        return new ProbedCell(isString, value ?? "", FormatCode(cell.StyleIndex?.Value ?? 0), IsBold(cell.StyleIndex?.Value ?? 0));
    }

    /// <summary>The 1-based row whose column A holds exactly this text.</summary>
    public int RowOf(string sheetName, string columnAText) =>
        (int)Worksheet(sheetName).Descendants<Row>()
            .First(r => r.Elements<Cell>().Any(c => c.CellReference == $"A{r.RowIndex!.Value}" && c.InnerText == columnAText))
            .RowIndex!.Value;

    public void Dispose() => _document.Dispose();

    private string FormatCode(uint styleIndex)
    {
        var stylesheet = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)styleIndex);
        var id = format.NumberFormatId?.Value ?? 0;
        if (id == 0)
        {
            return "General";
        }
        return stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId?.Value == id).FormatCode!.Value!;
    }

    private bool IsBold(uint styleIndex)
    {
        var stylesheet = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)styleIndex);
        var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0));
        return font.Bold is not null;
    }
}

/// <summary>A cell read back: whether it is a string cell, its text or number as stored, its number format, bold or not.</summary>
internal sealed record ProbedCell(bool IsString, string Value, string FormatCode, bool Bold)
{
    public decimal Number => decimal.Parse(Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
