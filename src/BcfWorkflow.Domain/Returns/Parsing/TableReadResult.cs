using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>The rows of a CSV file, or the one problem that stopped it being read as a table.</summary>
internal sealed record TableReadResult(List<TableRow> Rows, ValidationIssue? Problem)
{
    public static TableReadResult Of(List<TableRow> rows) => new(rows, null);

    public static TableReadResult Fail(string code, string fileName, string message, int? row = null) =>
        new([], new ValidationIssue(code, fileName, row, null, message));
}
