namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Counts the cells and characters a workbook reader has taken in, and stops it (with
/// <see cref="TableTooLargeException"/>) past <see cref="TableLimits.MaxCells"/> or <see cref="TableLimits.MaxTextCharacters"/>.</summary>
internal sealed class CellBudget
{
    private int cells;
    private long characters;

    public void TakeCell(int textLength)
    {
        if (++cells > TableLimits.MaxCells)
        {
            throw new TableTooLargeException($"it has more than {TableLimits.MaxCells:N0} filled cells.");
        }
        TakeText(textLength);
    }

    public void TakeText(int length)
    {
        characters += length;
        if (characters > TableLimits.MaxTextCharacters)
        {
            throw new TableTooLargeException($"its cells hold more than {TableLimits.MaxTextCharacters / (1024 * 1024)} million characters of text.");
        }
    }
}
