namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>How a workbook's sheet was chosen, or why none was.</summary>
internal enum SheetChoiceOutcome
{
    /// <summary>One visible sheet has the table, or several do and the one showing when the file was saved is one of them.</summary>
    Chosen,

    /// <summary>No sheet has the table, but only one visible sheet could be meant: read it, so its header problems are said.</summary>
    OnlyVisibleSheet,

    /// <summary>Several visible sheets have the table and the file does not say which was showing.</summary>
    Ambiguous,

    /// <summary>Only hidden sheets have the table.</summary>
    OnlyHidden,

    /// <summary>No sheet has the table, and several could be meant.</summary>
    None,
}

/// <param name="Candidates">The sheets that have the table (the hidden ones, for <see cref="SheetChoiceOutcome.OnlyHidden"/>).</param>
internal sealed record SheetChoice(SheetChoiceOutcome Outcome, WorkbookSheet? Sheet, IReadOnlyList<WorkbookSheet> Candidates);

/// <summary>
/// Chooses a workbook's sheet deliberately, never by position: the visible sheet with the table sought; if several,
/// the one showing when the file was saved, when the file records it and it is one of them; otherwise no choice, and
/// the caller refuses the file naming the sheets. Hidden sheets are passed over. The return reader and the plan import
/// each say, in their own words, why a file was refused.
/// </summary>
internal static class SheetChooser
{
    /// <param name="eligible">Sheets that may be chosen at all (the plan import leaves out its "Plan details" sheet).</param>
    public static SheetChoice Choose(Workbook workbook, Func<WorkbookSheet, bool> hasTable, Func<WorkbookSheet, bool>? eligible = null)
    {
        eligible ??= _ => true;
        var tables = Enumerable.Range(0, workbook.Sheets.Count).Where(i => eligible(workbook.Sheets[i]) && hasTable(workbook.Sheets[i])).ToList();
        var visible = tables.Where(i => !workbook.Sheets[i].Hidden).ToList();
        if (visible.Count == 1)
        {
            return new SheetChoice(SheetChoiceOutcome.Chosen, workbook.Sheets[visible[0]], [workbook.Sheets[visible[0]]]);
        }
        if (visible.Count > 1)
        {
            var candidates = visible.Select(i => workbook.Sheets[i]).ToList();
            return workbook.ActiveSheet is { } active && visible.Contains(active)
                ? new SheetChoice(SheetChoiceOutcome.Chosen, workbook.Sheets[active], candidates)
                : new SheetChoice(SheetChoiceOutcome.Ambiguous, null, candidates);
        }
        if (tables.Count > 0)
        {
            return new SheetChoice(SheetChoiceOutcome.OnlyHidden, null, [.. tables.Select(i => workbook.Sheets[i])]);
        }
        var others = workbook.Sheets.Where(s => !s.Hidden && eligible(s)).ToList();
        return others.Count == 1
            ? new SheetChoice(SheetChoiceOutcome.OnlyVisibleSheet, others[0], [])
            : new SheetChoice(SheetChoiceOutcome.None, null, []);
    }

    /// <summary>Sheet names as a message lists them: 'Q1', 'Q2' and 'Q3'.</summary>
    public static string Names(IEnumerable<WorkbookSheet> sheets)
    {
        var quoted = sheets.Select(s => $"'{s.Name}'").ToList();
        return quoted.Count switch
        {
            0 => "none",
            1 => quoted[0],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[^1],
        };
    }
}
