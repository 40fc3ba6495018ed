using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// The scheme table's header row and where each column is. The header is the first row among the first
/// <see cref="SearchDepth"/> (title rows, or the template's running balances, may be above it) that names every
/// required column; failing that, the first with a "Scheme ID" cell (the missing columns are then reported).
/// </summary>
internal sealed class SchemeTableHeader
{
    private const int SearchDepth = 50;

    private readonly Dictionary<string, int> columns;

    private SchemeTableHeader(TableRow row, Dictionary<string, int> columns, string amountColumn)
    {
        Row = row;
        this.columns = columns;
        AmountColumn = amountColumn;
        var width = row.Count;
        while (width > 0 && row[width - 1].IsBlank)
        {
            width--;
        }
        Width = width;
    }

    public TableRow Row { get; }

    /// <summary>The planned amount's column, as this table names it.</summary>
    public string AmountColumn { get; }

    /// <summary>How many cells the header has, up to its last named column.</summary>
    public int Width { get; }

    /// <summary>The cell index of a column, -1 when absent (a row's cell at -1 is blank).</summary>
    public int IndexOf(string column) => this.columns.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The first row among the first <see cref="SearchDepth"/> naming every required column and a planned amount, or null.</summary>
    public static TableRow? Locate(IReadOnlyList<TableRow> rows)
    {
        for (var r = 0; r < rows.Count && r < SearchDepth; r++)
        {
            var named = rows[r].Cells.Select(c => SchemeTableColumns.Match(c.Text)).OfType<string>().ToHashSet();
            if (SchemeTableColumns.Required.All(named.Contains) && SchemeTableColumns.AmountColumns.Any(named.Contains))
            {
                return rows[r];
            }
        }
        return null;
    }

    private static TableRow? LocateSchemeId(IReadOnlyList<TableRow> rows)
    {
        for (var r = 0; r < rows.Count && r < SearchDepth; r++)
        {
            foreach (var cell in rows[r].Cells)
            {
                if (SchemeTableColumns.Match(cell.Text) == TemplateColumns.SchemeId)
                {
                    return rows[r];
                }
            }
        }
        return null;
    }

    /// <summary>The header, or null with the reason reported (a missing or repeated column: the rows cannot be read).</summary>
    public static SchemeTableHeader? Find(ImportSheet sheet, ImportIssues issues)
    {
        var rows = sheet.Rows;
        if (rows.Count == 0)
        {
            issues.Error(sheet, IssueCodes.EmptyFile, null, null, "The scheme table is empty: it needs a header row with the template's column names and one row per scheme.");
            return null;
        }
        var headerRow = Locate(rows) ?? LocateSchemeId(rows) ?? rows[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < headerRow.Count; i++)
        {
            if (SchemeTableColumns.Match(headerRow[i].Text) is not { } column)
            {
                continue;
            }
            if (!columns.TryAdd(column, i))
            {
                issues.Error(sheet, IssueCodes.DuplicateColumn, headerRow.Number, column, $"The column '{column}' appears twice in the header: delete one of them.");
                ok = false;
            }
        }
        foreach (var required in SchemeTableColumns.Required.Where(c => !columns.ContainsKey(c)))
        {
            issues.Error(sheet, IssueCodes.MissingColumn, headerRow.Number, required,
                $"The column '{required}' is missing from the header row: the scheme table needs the template's columns ({string.Join(", ", SchemeTableColumns.Required)} "
                + $"and '{SchemeTableColumns.AmountColumns[0]}'), named as the template names them.");
            ok = false;
        }
        var amounts = SchemeTableColumns.AmountColumns.Where(columns.ContainsKey).ToList();
        if (amounts.Count == 0)
        {
            issues.Error(sheet, IssueCodes.MissingColumn, headerRow.Number, SchemeTableColumns.AmountColumns[0],
                $"The planned amount column is missing from the header row: name it '{SchemeTableColumns.AmountColumns[0]}' (or '{SchemeTableColumns.AmountColumns[1]}').");
            ok = false;
        }
        else if (amounts.Count > 1)
        {
            issues.Error(sheet, IssueCodes.DuplicateColumn, headerRow.Number, amounts[1],
                $"The header has both '{amounts[0]}' and '{amounts[1]}', so the planned amount is not clear: keep one of them.");
            ok = false;
        }
        return ok ? new SchemeTableHeader(headerRow, columns, amounts[0]) : null;
    }
}
