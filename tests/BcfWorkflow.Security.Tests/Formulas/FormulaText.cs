using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BcfWorkflow.Security.Tests.Formulas;

/// <summary>Checks on rendered templates: how payload text appears in a CSV, and that an xlsx holds it only as text.</summary>
public static class FormulaText
{
    public static readonly string[] Payloads = ["=HYPERLINK(\"http://x.example\",\"y\")", "+SUM(1,2)", "-2+3", "@cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"];

    /// <summary>Every CSV field (RFC 4180, quotes removed) that contains <paramref name="payloadCore"/>.</summary>
    public static List<string> CsvFieldsContaining(string csv, string payloadCore)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c is ',' or '\n' or '\r') { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }
        fields.Add(field.ToString());
        return [.. fields.Where(f => f.Contains(payloadCore, StringComparison.Ordinal))];
    }

    /// <summary>The only formulas template.xlsx may hold: its totals, built from cell references alone (SUM over a
    /// block of cells, and the total percentage spent). Anything else is text that became a formula.</summary>
    private static readonly Regex OurFormulas = new(
        @"^(SUM\([A-Z]{1,3}[0-9]+:[A-Z]{1,3}[0-9]+\)|IF\([A-Z]{1,3}[0-9]+=0,"""",[A-Z]{1,3}[0-9]+/[A-Z]{1,3}[0-9]+\))$", RegexOptions.CultureInvariant);

    /// <summary>(cells whose text contains the payload, formula elements anywhere in the workbook that are not our
    /// totals' formulas).</summary>
    public static (List<Cell> Cells, int Formulas) XlsxCellsContaining(byte[] xlsx, string payloadCore)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var cells = new List<Cell>();
        var formulas = 0;
        foreach (var sheet in document.WorkbookPart.WorksheetParts)
        {
            formulas += sheet.Worksheet.Descendants<CellFormula>().Count(f => !OurFormulas.IsMatch(f.Text));
            foreach (var cell in sheet.Worksheet.Descendants<Cell>())
            {
                var text = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : cell.InnerText;
                if (text.Contains(payloadCore, StringComparison.Ordinal))
                {
                    cells.Add(cell);
                }
            }
        }
        return (cells, formulas);
    }

    /// <summary>The payload without its leading formula character(s) (readers may trim a leading tab or CR).</summary>
    public static string Core(string payload) => payload.TrimStart('\t', '\r', '=', '+', '-', '@');
}
