using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// Chooses the sheets an import reads, deliberately: the scheme table is the sheet with a scheme table's header, chosen
/// by <see cref="SheetChooser"/> as a return's sheet is; the plan details are the sheet named "Plan details", or a
/// separate file.
/// </summary>
internal static class ImportSheets
{
    public static ImportSheet? Schemes(Workbook workbook, string fileName, ImportIssues issues)
    {
        if (workbook.IsText)
        {
            return new ImportSheet(fileName, null, true, workbook.Sheets[0].Rows);
        }
        var choice = SheetChooser.Choose(workbook, sheet => SchemeTableHeader.Locate(sheet.Rows) is not null, sheet => !IsDetailsSheet(sheet));
        var names = SheetChooser.Names(choice.Candidates);
        switch (choice.Outcome)
        {
            case SheetChoiceOutcome.Chosen or SheetChoiceOutcome.OnlyVisibleSheet:
                return Sheet(choice.Sheet!, fileName); // for the only visible sheet, its header check then says what it lacks
            case SheetChoiceOutcome.Ambiguous:
                issues.Add(new ValidationIssue(IssueCodes.AmbiguousSheet, fileName, null, null,
                    $"{choice.Candidates.Count} sheets hold a scheme table: {names}. Delete the ones that are not "
                    + "this year's plan (or open the plan's sheet before you save), then import the file again."));
                return null;
            case SheetChoiceOutcome.OnlyHidden:
                issues.Add(new ValidationIssue(IssueCodes.HiddenSheet, fileName, null, null,
                    $"The scheme table is on the hidden sheet {names}. Unhide it (right-click a sheet tab, "
                    + "then Unhide), save, and import the file again."));
                return null;
            default:
                issues.Add(new ValidationIssue(IssueCodes.MissingColumn, fileName, null, TemplateColumns.SchemeId,
                    $"No sheet has a scheme table (the sheets are {SheetChooser.Names(workbook.Sheets)}): put the schemes on a sheet whose header row has the "
                    + $"template's column names ({string.Join(", ", SchemeTableColumns.Required)}, '{SchemeTableColumns.AmountColumns[0]}'…), one row per scheme."));
                return null;
        }
    }

    /// <param name="separateFile">Whether the details are a file of their own (else the scheme table's workbook).</param>
    public static ImportSheet? Details(Workbook workbook, string fileName, bool separateFile, ImportIssues issues)
    {
        if (workbook.IsText)
        {
            if (separateFile)
            {
                return new ImportSheet(fileName, null, true, workbook.Sheets[0].Rows);
            }
            issues.Add(new ValidationIssue(IssueCodes.MissingDetail, fileName, null, null,
                "A CSV file holds one table, the scheme table; the plan details (area, year, lead, minimum spends, income and contributors) "
                + $"must come too: put both in one workbook, the details on a sheet named '{PlanDetailsLayout.SheetName}', or give the details as a file of their own."));
            return null;
        }
        var named = workbook.Sheets.Where(IsDetailsSheet).ToList();
        if (named.Count == 1)
        {
            return Sheet(named[0], fileName);
        }
        var visible = workbook.Sheets.Where(s => !s.Hidden).ToList();
        if (named.Count == 0 && separateFile && visible.Count == 1)
        {
            return Sheet(visible[0], fileName);
        }
        issues.Add(new ValidationIssue(IssueCodes.MissingDetail, fileName, null, null, named.Count > 1
            ? $"{named.Count} sheets are named '{PlanDetailsLayout.SheetName}': keep one."
            : $"The workbook has no sheet named '{PlanDetailsLayout.SheetName}' (its sheets are {SheetChooser.Names(workbook.Sheets)}): add one with the area, "
              + "year, lead, minimum spends, income and contributors (see the template), or give the plan details as a file of their own."));
        return null;
    }

    private static bool IsDetailsSheet(WorkbookSheet sheet) => CellText.SameIgnoringCaseAndSpaces(sheet.Name, PlanDetailsLayout.SheetName);

    private static ImportSheet Sheet(WorkbookSheet sheet, string fileName) => new(fileName, sheet.Name, false, sheet.Rows);
}
