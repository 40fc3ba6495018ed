using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Domain.Tests.Rendering;

/// <summary>Reads a written workbook back cell by cell with DocumentFormat.OpenXml.</summary>
internal sealed class XlsxProbe : IDisposable
{
    private readonly SpreadsheetDocument document;

    public XlsxProbe(byte[] bytes)
    {
        document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
    }

    public SpreadsheetDocument Document => document;

    public IReadOnlyList<string> SheetNames =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Worksheet(string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public IEnumerable<Worksheet> Worksheets => document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet);

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

    /// <summary>The formula of a cell (without "="), or null.</summary>
    public string? Formula(string sheetName, string reference) => RawCell(sheetName, reference)?.CellFormula?.Text;

    /// <summary>Every formula cell of a sheet: reference, formula, saved value.</summary>
    public IReadOnlyList<(string Reference, string Formula, string Value)> Formulas(string sheetName) =>
        [.. Worksheet(sheetName).Descendants<Cell>().Where(c => c.CellFormula is not null)
            .Select(c => (c.CellReference!.Value!, c.CellFormula!.Text, c.CellValue?.Text ?? ""))];

    /// <summary>The solid fill colour (ARGB) of a cell's style, or null.</summary>
    public string? FillColour(string sheetName, string reference)
    {
        var format = CellFormatOf(RawCell(sheetName, reference)?.StyleIndex?.Value ?? 0);
        var fill = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        return fill.PatternFill?.PatternType?.Value == PatternValues.Solid ? fill.PatternFill.ForegroundColor?.Rgb?.Value : null;
    }

    /// <summary>Whether a cell's style wraps its text.</summary>
    public bool Wraps(string sheetName, string reference) =>
        CellFormatOf(RawCell(sheetName, reference)?.StyleIndex?.Value ?? 0).Alignment?.WrapText?.Value == true;

    /// <summary>The workbook's defined names: (name, sheet index or null, value).</summary>
    public IReadOnlyList<(string Name, uint? Sheet, string Value)> DefinedNames =>
        [.. (document.WorkbookPart!.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
            .Select(d => (d.Name!.Value!, d.LocalSheetId?.Value, d.Text))];

    /// <summary>The written height of a row (points), or null for the default.</summary>
    public double? RowHeight(string sheetName, int row) =>
        Worksheet(sheetName).Descendants<Row>().SingleOrDefault(r => r.RowIndex?.Value == (uint)row)?.Height?.Value;

    public Cell? RawCell(string sheetName, string reference) =>
        Worksheet(sheetName).Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    /// <summary>The first 1-based row (after row <paramref name="after"/>) whose column A holds exactly this text or number.</summary>
    public int RowOf(string sheetName, string columnAText, int after = 0) =>
        (int)Worksheet(sheetName).Descendants<Row>()
            .Where(r => r.RowIndex!.Value > after)
            .First(r => r.Elements<Cell>().Any(c => c.CellReference == $"A{r.RowIndex!.Value}" && c.CellFormula is null && c.InnerText == columnAText))
            .RowIndex!.Value;

    public void Dispose() => document.Dispose();

    private string FormatCode(uint styleIndex)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)styleIndex);
        var id = format.NumberFormatId?.Value ?? 0;
        if (id == 0)
        {
            return "General";
        }
        return stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId?.Value == id).FormatCode!.Value!;
    }

    private CellFormat CellFormatOf(uint styleIndex) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)styleIndex);

    private bool IsBold(uint styleIndex)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
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
