namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>A row of a table file. Number is the 1-based row a spreadsheet shows (CSV: the record, blank lines counted).</summary>
internal sealed record TableRow(int Number, IReadOnlyList<TableCell> Cells)
{
    public TableCell this[int column] => Cells is TableCell[] array
        ? ((uint)column < (uint)array.Length ? array[column] : TableCell.Blank) // the CSV reader's rows: no interface calls
        : column >= 0 && column < Cells.Count ? Cells[column] : TableCell.Blank;

    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < Cells.Count; i++)
            {
                if (!Cells[i].IsBlank)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
