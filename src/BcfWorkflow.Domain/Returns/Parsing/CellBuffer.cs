namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>A growable array of cells whose rows are slices of it. When it grows, slices already taken keep pointing at
/// the old array, which is never written again: their cells stay as they were.</summary>
internal sealed class CellBuffer(int capacity)
{
    private TableCell[] cells = new TableCell[Math.Max(capacity, 4)];

    /// <summary>The cells held; may be lowered to drop the last ones (a blank row's).</summary>
    public int Count { get; set; }

    public void Add(TableCell cell)
    {
        if (Count == cells.Length)
        {
            Array.Resize(ref cells, cells.Length * 2);
        }
        cells[Count++] = cell;
    }

    /// <summary>A row of the cells from <paramref name="start"/> to the end.</summary>
    public TableRow Row(int number, int start) => new(number, cells, start, Count - start);
}
