using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>
/// The problems of one import, each at a file, row and column a person can find. Remembers which cells (and whole
/// rows) already have an error, so a problem <see cref="PlanReader"/> finds again in the generated plan.json (a field
/// left out because its cell could not be read) is not reported twice.
/// </summary>
internal sealed class ImportIssues
{
    private readonly List<ValidationIssue> all = [];
    private readonly List<string?> sheets = [];
    private readonly HashSet<(string File, string? Sheet, int? Row, string? Column)> cells = [];

    public IReadOnlyList<ValidationIssue> All => all;

    public bool HasErrors => all.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>A problem of a whole file (it could not be read as a table, or has no sheet to read).</summary>
    public void Add(ValidationIssue issue)
    {
        all.Add(issue);
        sheets.Add(null);
        cells.Add((issue.File, null, issue.Row, issue.Column));
    }

    /// <param name="row">The row as the sheet shows it; null for a problem of the sheet (a missing column or detail).</param>
    /// <param name="column">The column as the sheet names it (or a detail's label); null for the whole row.</param>
    public void Error(ImportSheet sheet, string code, int? row, string? column, string message)
    {
        cells.Add((sheet.FileName, sheet.SheetName, row, column));
        var issue = new ValidationIssue(code, sheet.FileName, row, column, sheet.Prefix + message);
        if (!all.Contains(issue)) // the same problem found twice (records compare by value) is said once
        {
            all.Add(issue);
            sheets.Add(sheet.SheetName);
        }
    }

    /// <summary>The issues as a person works through them: the scheme table's first, then the details', each top to
    /// bottom (problems of a whole file or sheet first); the order found is kept otherwise.</summary>
    public List<ValidationIssue> InSheetOrder(ImportSheet? schemes) =>
    [
        .. all.Select((issue, i) => (Issue: issue, Sheet: sheets[i]))
            .OrderBy(x => schemes is not null && x.Issue.File == schemes.FileName && (x.Sheet is null || x.Sheet == schemes.SheetName) ? 0 : 1)
            .ThenBy(x => x.Issue.Row ?? 0)
            .Select(x => x.Issue),
    ];

    /// <summary>Whether the cell, or its whole row, already has an error.</summary>
    public bool WasReported(ImportSheet sheet, int? row, string? column) =>
        cells.Contains((sheet.FileName, sheet.SheetName, row, column)) || (row is not null && cells.Contains((sheet.FileName, sheet.SheetName, row, null)));
}
