using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>
/// The header row and where each known column is. The header is the first row among the first <see cref="SearchDepth"/>
/// (so title lines above the table are skipped) that names every required column; failing that, the first with a
/// "Scheme ID" cell (the missing column is then reported); otherwise the first row. A guidance sheet that lists the
/// column names down a column is not a header.
/// </summary>
internal sealed class ReturnHeader
{
    private const int SearchDepth = 20;

    private static readonly string[] PlanColumns =
    [
        ReturnColumns.SourceOfFunding, ReturnColumns.Commissioner, ReturnColumns.SchemeType, ReturnColumns.SubTypes,
        ReturnColumns.AreaOfSpend, ReturnColumns.Provider, ReturnColumns.PlannedOutputs, ReturnColumns.PreviouslyEnteredExpenditure,
    ];

    private readonly Dictionary<string, int> columns;

    /// <summary>The cell index of each of <see cref="ReturnColumns.Known"/> (same order), -1 when absent: every cell of
    /// every row is found by column name, so the names the reader passes (its constants) are found by reference first.</summary>
    private readonly int[] knownIndexes;

    private ReturnHeader(TableRow row, Dictionary<string, int> columns)
    {
        Row = row;
        this.columns = columns;
        knownIndexes = new int[ReturnColumns.Known.Count];
        for (var i = 0; i < knownIndexes.Length; i++)
        {
            knownIndexes[i] = columns.TryGetValue(ReturnColumns.Known[i], out var index) ? index : -1;
        }
        HasPlanColumns = PlanColumns.Any(columns.ContainsKey);

        SchemeNameColumn = IndexOf(ReturnColumns.SchemeName);
    }

    public TableRow Row { get; }

    /// <summary>Whether any plan column other than the name is present (a bare return skips those checks on every row).</summary>
    public bool HasPlanColumns { get; }

    /// <summary>The index of <see cref="ReturnColumns.SchemeName"/>, checked on every row, or -1.</summary>
    public int SchemeNameColumn { get; }

    public bool Has(string column) => IndexOf(column) >= 0;

    /// <summary>The cell of a column in a data row; blank when the column is absent or the row is short.</summary>
    public TableCell Cell(TableRow row, string column) => IndexOf(column) is var index and >= 0 ? row[index] : TableCell.Blank;

    /// <summary>The cell index of a column, -1 when absent (a data row's cell at -1 is blank).</summary>
    public int IndexOf(string column)
    {
        var known = ReturnColumns.KnownArray;
        for (var i = 0; i < known.Length; i++)
        {
            if (ReferenceEquals(known[i], column))
            {
                return knownIndexes[i];
            }
        }
        return this.columns.TryGetValue(column, out var index) ? index : -1;
    }

    public static ReturnHeader Find(IReadOnlyList<TableRow> rows, ReturnIssues issues)
    {
        var headerRow = Locate(rows) ?? LocateSchemeId(rows) ?? rows[0];
        var columns = new Dictionary<string, int>(ColumnNameComparer.Instance);
        for (var i = 0; i < headerRow.Cells.Count; i++)
        {
            if (ReturnColumns.Match(headerRow.Cells[i].Text) is not { } column)
            {
                continue;
            }
            if (!columns.TryAdd(column, i))
            {
                issues.Error(IssueCodes.DuplicateColumn, headerRow.Number, column, $"The column '{column}' appears twice in the header: keep one of them.");
            }
        }
        foreach (var required in ReturnColumns.Required.Where(c => !columns.ContainsKey(c)))
        {
            issues.Error(IssueCodes.MissingColumn, headerRow.Number, required,
                $"The required column '{required}' is missing from the header row. The first row of the table must name the columns, "
                + "as the pre-filled return does: download it from your return page and copy your figures into it.");
        }
        return new ReturnHeader(headerRow, columns);
    }

    /// <summary>The first row among the first <see cref="SearchDepth"/> that names every required column, or null.</summary>
    public static TableRow? Locate(IReadOnlyList<TableRow> rows)
    {
        for (var r = 0; r < rows.Count && r < SearchDepth; r++)
        {
            var named = 0;
            foreach (var cell in rows[r].Cells)
            {
                named += ReturnColumns.Match(cell.Text) is { } column && ReturnColumns.Required.Contains(column) ? 1 : 0;
            }
            if (named >= ReturnColumns.Required.Count)
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
                if (ReturnColumns.Match(cell.Text) == ReturnColumns.SchemeId)
                {
                    return rows[r];
                }
            }
        }
        return null;
    }
}
