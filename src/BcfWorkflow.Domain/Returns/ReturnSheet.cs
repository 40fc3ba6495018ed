using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>
/// The sheet of a workbook that holds the return: the visible sheet with a return's header ("Scheme ID" and
/// "Expenditure to date (£)" in one row, see <see cref="ReturnHeader.Locate"/>), chosen by <see cref="SheetChooser"/>;
/// a Guidance, Cover or lists sheet before it is passed over. When no sheet can be chosen the file is refused, naming
/// the sheets, rather than one guessed. A CSV file has one sheet.
/// </summary>
internal static class ReturnSheet
{
    /// <summary>The sheet to read, or null with the reason noted in <paramref name="issues"/>.</summary>
    public static WorkbookSheet? Choose(Workbook workbook, ReturnIssues issues)
    {
        if (workbook.IsText)
        {
            return workbook.Sheets[0];
        }
        var choice = SheetChooser.Choose(workbook, sheet => ReturnHeader.Locate(sheet.Rows) is not null);
        var names = SheetChooser.Names(choice.Candidates);
        switch (choice.Outcome)
        {
            case SheetChoiceOutcome.Chosen or SheetChoiceOutcome.OnlyVisibleSheet:
                return choice.Sheet; // for the only visible sheet, the header check then says what it lacks
            case SheetChoiceOutcome.Ambiguous:
                issues.Error(IssueCodes.AmbiguousSheet, null, null,
                    $"{choice.Candidates.Count} sheets look like a return (they have the '{ReturnColumns.SchemeId}' and '{ReturnColumns.ExpenditureToDate}' columns): "
                    + $"{names}. Delete the sheets that are not this quarter's return (or open this quarter's sheet before you save), then upload the file again.");
                return null;
            case SheetChoiceOutcome.OnlyHidden:
                issues.Error(IssueCodes.HiddenSheet, null, null,
                    $"The return's table is on the hidden sheet {names}. Unhide it (right-click a sheet tab, then Unhide), save, and upload the file again.");
                return null;
            default:
                issues.Error(IssueCodes.MissingColumn, null, ReturnColumns.SchemeId,
                    $"No sheet has a table with the '{ReturnColumns.SchemeId}' and '{ReturnColumns.ExpenditureToDate}' columns (the sheets are "
                    + $"{SheetChooser.Names(workbook.Sheets)}). Put your figures on a sheet whose first row names the columns, as the pre-filled return does, and upload it again.");
                return null;
        }
    }
}
