namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>One cell as read: its text, and whether a spreadsheet stored it as a number (then Text is invariant decimal).</summary>
internal readonly record struct TableCell(string Text, bool IsNumber = false)
{
    public static readonly TableCell Blank = new("");

    public bool IsBlank => CellText.IsBlank(Text);
}
