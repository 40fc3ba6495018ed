namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>A row of a table file. Number is the 1-based row a spreadsheet shows (CSV: the record, blank lines counted).</summary>
internal sealed record TableRow(int Number, IReadOnlyList<TableCell> Cells)
{
    public TableCell this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : TableCell.Blank;

    public bool IsBlank => Cells.All(c => c.IsBlank);
}
