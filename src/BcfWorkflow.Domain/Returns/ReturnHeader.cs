using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>
/// The header row and where each known column is. The header is the first row with a "Scheme ID" cell among the
/// first <see cref="SearchDepth"/> rows (so title lines above the table are skipped), otherwise the first row.
/// </summary>
internal sealed class ReturnHeader
{
    private const int SearchDepth = 20;

    private readonly Dictionary<string, int> _columns;

    private ReturnHeader(TableRow row, Dictionary<string, int> columns)
    {
        Row = row;
        _columns = columns;
    }

    public TableRow Row { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The cell of a column in a data row; blank when the column is absent or the row is short.</summary>
    public TableCell Cell(TableRow row, string column) => _columns.TryGetValue(column, out var index) ? row[index] : TableCell.Blank;

    public static ReturnHeader Find(IReadOnlyList<TableRow> rows, ReturnIssues issues)
    {
        var headerRow = rows.Take(SearchDepth).FirstOrDefault(r => r.Cells.Any(c => ReturnColumns.Match(c.Text) == ReturnColumns.SchemeId)) ?? rows[0];
        var columns = new Dictionary<string, int>(ColumnNameComparer.Instance);
        for (var i = 0; i < headerRow.Cells.Count; i++)
        {
            if (ReturnColumns.Match(headerRow.Cells[i].Text) is not { } column)
            {
                continue;
            }
            if (!columns.TryAdd(column, i))
            {
                issues.Error(IssueCodes.DuplicateColumn, headerRow.Number, column, $"The column '{column}' appears twice in the header.");
            }
        }
        foreach (var required in ReturnColumns.Required.Where(c => !columns.ContainsKey(c)))
        {
            issues.Error(IssueCodes.MissingColumn, headerRow.Number, required, $"The required column '{required}' is missing from the header row.");
        }
        return new ReturnHeader(headerRow, columns);
    }
}
