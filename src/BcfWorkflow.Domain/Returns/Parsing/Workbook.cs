using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>One sheet of a workbook (a CSV file is a workbook of one unnamed sheet), its non-blank rows in order.</summary>
internal sealed record WorkbookSheet(string Name, bool Hidden, IReadOnlyList<TableRow> Rows);

/// <summary>The sheets of an uploaded file, in the order its tabs show them.</summary>
/// <param name="ActiveSheet">The index of the sheet that was showing when the file was saved, when the file records
/// it (an .xlsx with a workbook view, an .ods with its settings); null when it does not (CSV, .xls, files written
/// by scripts).</param>
internal sealed record Workbook(FileKind Kind, IReadOnlyList<WorkbookSheet> Sheets, int? ActiveSheet)
{
    /// <summary>A CSV (or other delimited text) file: one sheet, cells as typed, columns found by a delimiter.</summary>
    public bool IsText => Kind == FileKind.Text;

    public static Workbook OfText(List<TableRow> rows) => new(FileKind.Text, [new WorkbookSheet("", false, rows)], 0);
}

/// <summary>A file read as a workbook, or the one problem that stopped it being read.</summary>
internal sealed record WorkbookReadResult(Workbook? Workbook, ValidationIssue? Problem)
{
    public static WorkbookReadResult Of(Workbook workbook) => new(workbook, null);

    public static WorkbookReadResult Fail(string code, string fileName, string message) =>
        new(null, new ValidationIssue(code, fileName, null, null, message));
}
