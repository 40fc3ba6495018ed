namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>A growable array of cells whose rows are slices of it. When it grows, slices already taken keep pointing at
/// the old array, which is never written again: their cells stay as they were.</summary>
internal sealed class CellBuffer(int capacity)
{
    private TableCell[] _cells = new TableCell[Math.Max(capacity, 4)];

    /// <summary>The cells held; may be lowered to drop the last ones (a blank row's).</summary>
    public int Count { get; set; }

    public void Add(TableCell cell)
    {
        if (Count == _cells.Length)
        {
            Array.Resize(ref _cells, _cells.Length * 2);
        }
        _cells[Count++] = cell;
    }

    /// <summary>A row of the cells from <paramref name="start"/> to the end.</summary>
    public TableRow Row(int number, int start) => new(number, _cells, start, Count - start);
}
