using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// Chooses the sheets an import reads, deliberately (as <see cref="Returns.ReturnSheet"/> does for a return): the scheme
/// table is the one visible sheet with a scheme table's header (if several, the one showing when the file was saved,
/// else refused, naming them); the plan details are the sheet named "Plan details", or a separate file.
/// </summary>
internal static class ImportSheets
{
    public static ImportSheet? Schemes(Workbook workbook, string fileName, ImportIssues issues)
    {
        if (workbook.IsText)
        {
            return new ImportSheet(fileName, null, true, workbook.Sheets[0].Rows);
        }
        var tables = Enumerable.Range(0, workbook.Sheets.Count)
            .Where(i => !IsDetailsSheet(workbook.Sheets[i]) && SchemeTableHeader.Locate(workbook.Sheets[i].Rows) is not null)
            .ToList();
        var visible = tables.Where(i => !workbook.Sheets[i].Hidden).ToList();
        if (visible.Count == 1 || (visible.Count > 1 && workbook.ActiveSheet is { } active && visible.Contains(active)))
        {
            var chosen = visible.Count == 1 ? visible[0] : workbook.ActiveSheet!.Value;
            return Sheet(workbook, chosen, fileName);
        }
        if (visible.Count > 1)
        {
            issues.Add(new ValidationIssue(IssueCodes.AmbiguousSheet, fileName, null, null,
                $"{visible.Count} sheets hold a scheme table: {Names(visible.Select(i => workbook.Sheets[i]))}. Delete the ones that are not "
                + "this year's plan (or open the plan's sheet before you save), then import the file again."));
            return null;
        }
        if (tables.Count > 0)
        {
            issues.Add(new ValidationIssue(IssueCodes.HiddenSheet, fileName, null, null,
                $"The scheme table is on the hidden sheet {Names(tables.Select(i => workbook.Sheets[i]))}. Unhide it (right-click a sheet tab, "
                + "then Unhide), save, and import the file again."));
            return null;
        }
        var others = Enumerable.Range(0, workbook.Sheets.Count).Where(i => !workbook.Sheets[i].Hidden && !IsDetailsSheet(workbook.Sheets[i])).ToList();
        if (others.Count == 1)
        {
            return Sheet(workbook, others[0], fileName); // its header check then says what it lacks
        }
        issues.Add(new ValidationIssue(IssueCodes.MissingColumn, fileName, null, TemplateColumns.SchemeId,
            $"No sheet has a scheme table (the sheets are {Names(workbook.Sheets)}): put the schemes on a sheet whose header row has the "
            + $"template's column names ({string.Join(", ", SchemeTableColumns.Required)}, '{SchemeTableColumns.AmountColumns[0]}'…), one row per scheme."));
        return null;
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
        var named = Enumerable.Range(0, workbook.Sheets.Count).Where(i => IsDetailsSheet(workbook.Sheets[i])).ToList();
        if (named.Count == 1)
        {
            return Sheet(workbook, named[0], fileName);
        }
        var visible = Enumerable.Range(0, workbook.Sheets.Count).Where(i => !workbook.Sheets[i].Hidden).ToList();
        if (named.Count == 0 && separateFile && visible.Count == 1)
        {
            return Sheet(workbook, visible[0], fileName);
        }
        issues.Add(new ValidationIssue(IssueCodes.MissingDetail, fileName, null, null, named.Count > 1
            ? $"{named.Count} sheets are named '{PlanDetailsLayout.SheetName}': keep one."
            : $"The workbook has no sheet named '{PlanDetailsLayout.SheetName}' (its sheets are {Names(workbook.Sheets)}): add one with the area, "
              + "year, lead, minimum spends, income and contributors (see the template), or give the plan details as a file of their own."));
        return null;
    }

    private static bool IsDetailsSheet(WorkbookSheet sheet) => CellText.SameIgnoringCaseAndSpaces(sheet.Name, PlanDetailsLayout.SheetName);

    private static ImportSheet Sheet(Workbook workbook, int index, string fileName) =>
        new(fileName, workbook.Sheets[index].Name, false, workbook.Sheets[index].Rows);

    private static string Names(IEnumerable<WorkbookSheet> sheets)
    {
        var quoted = sheets.Select(s => $"'{s.Name}'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[^1];
    }
}
