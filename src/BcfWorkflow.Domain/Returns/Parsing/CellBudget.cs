namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Counts the cells and characters a workbook reader has taken in, and stops it (with
/// <see cref="TableTooLargeException"/>) past <see cref="TableLimits.MaxCells"/> or <see cref="TableLimits.MaxTextCharacters"/>.</summary>
internal sealed class CellBudget
{
    private int _cells;
    private long _characters;

    public void TakeCell(int textLength)
    {
        if (++_cells > TableLimits.MaxCells)
        {
            throw new TableTooLargeException($"it has more than {TableLimits.MaxCells:N0} filled cells.");
        }
        TakeText(textLength);
    }

    public void TakeText(int length)
    {
        _characters += length;
        if (_characters > TableLimits.MaxTextCharacters)
        {
            throw new TableTooLargeException($"its cells hold more than {TableLimits.MaxTextCharacters / (1024 * 1024)} million characters of text.");
        }
    }
}
