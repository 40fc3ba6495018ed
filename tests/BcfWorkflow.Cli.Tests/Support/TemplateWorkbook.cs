using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Cli.Tests.Support;

/// <summary>template.xlsx read back by its labels, as a reader that does not recalculate sees it: the expenditure
/// sheet's running balances (by source) and scheme rows (by Scheme ID), numbers as stored.</summary>
public sealed class TemplateWorkbook
{
    private readonly Dictionary<string, string> cells;

    private TemplateWorkbook(IReadOnlyList<string> sheetNames, Dictionary<string, string> cells)
    {
        SheetNames = sheetNames;
        this.cells = cells;
    }

    public IReadOnlyList<string> SheetNames { get; }

    public static TemplateWorkbook Read(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        var sheet = sheets.Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
        var cells = worksheet.Descendants<Cell>().ToDictionary(
            c => c.CellReference!.Value!,
            c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "");
        return new TemplateWorkbook([.. sheets.Select(s => s.Name!.Value!)], cells);
    }

    public string Text(string reference) => this.cells.TryGetValue(reference, out var text) ? text : "";

    /// <summary>The number in a cell (null when it holds none).</summary>
    public decimal? Number(string reference) =>
        decimal.TryParse(Text(reference), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The rows below the heading row whose column A is <paramref name="heading"/>, until the first blank A,
    /// as (label in column A, row number).</summary>
    public IEnumerable<(string Label, int Row)> RowsUnder(string heading)
    {
        var row = Enumerable.Range(1, 10_000).First(r => Text($"A{r}") == heading);
        for (var r = row + 1; Text($"A{r}") != ""; r++)
        {
            yield return (Text($"A{r}"), r);
        }
    }
}
