using System.Text.Json.Nodes;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// Reads the scheme table: one row per scheme under the header, each into its plan.json object (keys in the order
/// of docs/interfaces.md). A Total row below the schemes is skipped; any other row without a Scheme ID is an error.
/// </summary>
internal static class SchemeTableReader
{
    /// <returns>The schemes in the table's order, or null when the header could not be read (reported).</returns>
    public static SchemeTable? Read(ImportSheet sheet, ImportIssues issues)
    {
        var header = SchemeTableHeader.Find(sheet, issues);
        if (header is null)
        {
            return null;
        }
        var dataRows = sheet.Rows.Where(r => r.Number > header.Row.Number).ToList();
        var cells = new ImportCells(sheet, NumberStyleOf(header, dataRows), issues);
        var schemes = new List<SchemeEntry>();
        var totals = new List<int>();
        var idsComplete = true;
        foreach (var row in dataRows)
        {
            if (IsTotalRow(row, header))
            {
                totals.Add(row.Number);
                continue;
            }
            var idCell = row[header.IndexOf(TemplateColumns.SchemeId)];
            if (idCell.IsBlank)
            {
                // One error for the row, not one per empty cell: it may be a note under the table rather than a scheme.
                issues.Error(sheet, IssueCodes.BlankSchemeId, row.Number, TemplateColumns.SchemeId,
                    $"Row {row.Number} has no Scheme ID: every scheme needs its id, as in the plan (delete the row if it is not a scheme).");
                idsComplete = false;
                continue;
            }
            if (sheet.IsText && HasCellsBeyondHeader(row, header, sheet, issues))
            {
                // Its cells cannot be trusted to be in their columns: only the id is kept, so the scheme is not also
                // reported as unknown to its contributor. The row's error covers every other cell.
                var id = CellText.Trim(row[header.IndexOf(TemplateColumns.SchemeId)].Text);
                schemes.Add(new SchemeEntry(row.Number, id, new JsonObject { ["id"] = id }));
                continue;
            }
            schemes.Add(ReadRow(row, header, cells));
        }
        var lastScheme = schemes.Count == 0 ? 0 : schemes[^1].Row;
        foreach (var total in totals.Where(t => t < lastScheme))
        {
            issues.Error(sheet, IssueCodes.TotalMismatch, total, null,
                $"Row {total} is a Total row, but scheme rows follow it: move it below the schemes or delete it.");
        }
        if (schemes.Count == 0)
        {
            issues.Error(sheet, IssueCodes.EmptyFile, header.Row.Number, null, "The scheme table has a header but no schemes: add one row per scheme under it.");
        }
        return new SchemeTable(schemes, header.AmountColumn, idsComplete && schemes.All(s => s.Id is not null));
    }

    private static SchemeEntry ReadRow(TableRow row, SchemeTableHeader header, ImportCells cells)
    {
        var json = new JsonObject();
        var id = cells.Id(row, header.IndexOf(TemplateColumns.SchemeId), TemplateColumns.SchemeId,
            "Scheme ID is blank: every scheme needs its id, as in the plan.", IssueCodes.BlankSchemeId); // blank ones are skipped before
        Put(json, "id", id);
        Put(json, "name", cells.Text(row, header.IndexOf(TemplateColumns.SchemeName), TemplateColumns.SchemeName, "Scheme Name is blank: type the scheme's name."));
        Put(json, "description", Optional(row, header, cells, TemplateColumns.BriefDescription));
        Put(json, "schemeType", Optional(row, header, cells, TemplateColumns.SchemeType));
        Put(json, "subType", Optional(row, header, cells, TemplateColumns.SubTypes));
        Put(json, "schemeTypeOther", Optional(row, header, cells, TemplateColumns.SchemeTypeOther));
        Put(json, "areaOfSpend", cells.Text(row, header.IndexOf(TemplateColumns.AreaOfSpend), TemplateColumns.AreaOfSpend,
            "Area of Spend is blank: choose one, such as Social Care, Community Health or Acute (it decides the required spend)."));
        Put(json, "areaOfSpendOther", Optional(row, header, cells, TemplateColumns.AreaOfSpendOther));
        Put(json, "commissioner", cells.Commissioner(row, header.IndexOf(TemplateColumns.Commissioner), TemplateColumns.Commissioner));
        var (nhsOk, pctNhs) = cells.Percentage(row, header.IndexOf(TemplateColumns.PctNhs), TemplateColumns.PctNhs);
        var (laOk, pctLa) = cells.Percentage(row, header.IndexOf(TemplateColumns.PctLa), TemplateColumns.PctLa);
        if (nhsOk)
        {
            json["pctNhs"] = pctNhs;
        }
        if (laOk)
        {
            json["pctLa"] = pctLa;
        }
        Put(json, "provider", Optional(row, header, cells, TemplateColumns.Provider));
        var source = cells.Text(row, header.IndexOf(TemplateColumns.SourceOfFunding), TemplateColumns.SourceOfFunding,
            "Source of Funding is blank: type the source, as the plan details' income rows name it (such as DFG or iBCF).");
        Put(json, "sourceOfFunding", source);
        if (cells.Money(row, header.IndexOf(header.AmountColumn), header.AmountColumn) is { } planned)
        {
            json["plannedExpenditure"] = planned;
        }
        var (outputsOk, outputs) = cells.Outputs(row, header.IndexOf(TemplateColumns.PlannedOutputs), TemplateColumns.PlannedOutputs);
        if (outputsOk)
        {
            json["plannedOutputs"] = outputs;
        }
        Put(json, "units", Optional(row, header, cells, TemplateColumns.Units));
        return new SchemeEntry(row.Number, id, json) { Source = source };
    }

    /// <summary>An optional text column: "" when the table does not have it or the cell is blank.</summary>
    private static string? Optional(TableRow row, SchemeTableHeader header, ImportCells cells, string column) =>
        cells.Text(row, header.IndexOf(column), column);

    /// <summary>Sets a string field, or leaves it out when its cell could not be read.</summary>
    private static void Put(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    /// <summary>A row whose Scheme ID is blank or says "Total", with a cell saying "Total", "Grand total" or "Sum".</summary>
    private static bool IsTotalRow(TableRow row, SchemeTableHeader header)
    {
        var id = CellText.Trim(row[header.IndexOf(TemplateColumns.SchemeId)].Text);
        if (id.Length > 0 && !IsTotalLabel(id))
        {
            return false;
        }
        return IsTotalLabel(id) || IsTotalLabel(CellText.Trim(row[header.IndexOf(TemplateColumns.SchemeName)].Text)) || IsTotalLabel(CellText.Trim(row[0].Text));
    }

    private static bool IsTotalLabel(string text)
    {
        if (text.Length is 0 or > 40)
        {
            return false;
        }
        var key = CellText.Normalise(text).TrimEnd(':', ' ');
        return key is "sum" or "totals" || key.StartsWith("total", StringComparison.Ordinal)
            || key.StartsWith("grand total", StringComparison.Ordinal) || key.StartsWith("overall total", StringComparison.Ordinal);
    }

    /// <summary>A CSV row with filled cells past the header's last column: a comma in an unquoted amount split it.</summary>
    private static bool HasCellsBeyondHeader(TableRow row, SchemeTableHeader header, ImportSheet sheet, ImportIssues issues)
    {
        var filled = row.Count;
        while (filled > 0 && row[filled - 1].IsBlank)
        {
            filled--;
        }
        if (filled <= header.Width)
        {
            return false;
        }
        issues.Error(sheet, IssueCodes.ExtraCells, row.Number, null,
            $"Row {row.Number} has more cells than the header ({filled}, the header has {header.Width}), so its cells cannot be matched to their "
            + "columns. Text or an amount with a comma, such as £374,277, must be in quotes in a CSV file: type the amount as 374277, or save "
            + "the file from Excel or LibreOffice, which adds the quotes.");
        return true;
    }

    /// <summary>The convention the table's text figures show (a spreadsheet's numeric cells have none).</summary>
    private static NumberStyleEvidence NumberStyleOf(SchemeTableHeader header, List<TableRow> rows)
    {
        var evidence = new NumberStyleEvidence();
        int[] columns = [header.IndexOf(header.AmountColumn), header.IndexOf(TemplateColumns.PlannedOutputs)];
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                var cell = row[column];
                if (cell.Kind == CellKind.Text && !cell.IsBlank)
                {
                    evidence.Observe(MoneyParser.Unsigned(CellText.Trim(cell.Span), out _));
                }
            }
        }
        return evidence;
    }
}
