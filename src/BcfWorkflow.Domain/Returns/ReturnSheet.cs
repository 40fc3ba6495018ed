using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>
/// Chooses the sheet of a workbook that holds the return, deliberately: the visible sheet with a return's header
/// ("Scheme ID" and "Expenditure to date (£)" in one row, see <see cref="ReturnHeader.Locate"/>)
/// (a Guidance, Cover or lists sheet before it is passed over); if several have one, the sheet that was showing
/// when the file was saved, when the file records it and it is one of them; otherwise the file is refused, naming
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
        var candidates = new List<int>();
        var hiddenCandidates = new List<WorkbookSheet>();
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var sheet = workbook.Sheets[i];
            if (ReturnHeader.Locate(sheet.Rows) is null)
            {
                continue;
            }
            if (sheet.Hidden)
            {
                hiddenCandidates.Add(sheet);
            }
            else
            {
                candidates.Add(i);
            }
        }
        if (candidates.Count == 1)
        {
            return workbook.Sheets[candidates[0]];
        }
        if (candidates.Count > 1)
        {
            if (workbook.ActiveSheet is { } active && candidates.Contains(active))
            {
                return workbook.Sheets[active];
            }
            var names = Names(candidates.Select(i => workbook.Sheets[i]));
            issues.Error(IssueCodes.AmbiguousSheet, null, null,
                $"{candidates.Count} sheets look like a return (they have the '{ReturnColumns.SchemeId}' and '{ReturnColumns.ExpenditureToDate}' columns): "
                + $"{names}. Delete the sheets that are not this quarter's return (or open this quarter's sheet before you save), then upload the file again.");
            return null;
        }
        if (hiddenCandidates.Count > 0)
        {
            issues.Error(IssueCodes.HiddenSheet, null, null,
                $"The return's table is on the hidden sheet {Names(hiddenCandidates)}. Unhide it (right-click a sheet tab, then Unhide), save, and upload the file again.");
            return null;
        }
        var visible = workbook.Sheets.Where(s => !s.Hidden).ToList();
        if (visible.Count == 1)
        {
            return visible[0]; // the header check then says what the sheet lacks
        }
        issues.Error(IssueCodes.MissingColumn, null, ReturnColumns.SchemeId,
            $"No sheet has a table with the '{ReturnColumns.SchemeId}' and '{ReturnColumns.ExpenditureToDate}' columns (the sheets are "
            + $"{Names(workbook.Sheets)}). Put your figures on a sheet whose first row names the columns, as the pre-filled return does, and upload it again.");
        return null;
    }

    private static string Names(IEnumerable<WorkbookSheet> sheets)
    {
        var quoted = sheets.Select(s => $"'{s.Name}'").ToList();
        return quoted.Count switch
        {
            1 => quoted[0],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[^1],
        };
    }
}
