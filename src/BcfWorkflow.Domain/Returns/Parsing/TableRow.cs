namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>A row of a table file. Number is the 1-based row a spreadsheet shows (CSV: the record, blank lines counted).</summary>
/// <remarks>A value over a slice of the table's cells: a CSV reader keeps every cell of the file in one array.</remarks>
internal readonly struct TableRow
{
    private readonly TableCell[] cells;
    private readonly int offset;

    public TableRow(int number, TableCell[] cells)
        : this(number, cells, 0, cells.Length)
    {
    }

    public TableRow(int number, TableCell[] cells, int offset, int count)
    {
        Number = number;
        this.cells = cells;
        this.offset = offset;
        Count = count;
    }

    public int Number { get; }

    /// <summary>How many cells the row has (a row may be shorter than the header).</summary>
    public int Count { get; }

    public ArraySegment<TableCell> Cells => new(this.cells, this.offset, Count);

    /// <summary>The cell at a 0-based column; blank past the row's end (rows may be short) or at -1 (a column not present).</summary>
    public TableCell this[int column] => (uint)column < (uint)Count ? this.cells[this.offset + column] : default;

    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (!this.cells[this.offset + i].IsBlank)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
