using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Collects the issues of one return file.</summary>
internal sealed class ReturnIssues(string fileName)
{
    private readonly List<ValidationIssue> issues = [];
    private int errorCount;

    public IReadOnlyList<ValidationIssue> All => issues;

    public string FileName => fileName;

    public bool HasErrors => errorCount > 0;

    /// <summary>Counted as issues are added (it is read twice for every row).</summary>
    public int ErrorCount => errorCount;

    public void Add(ValidationIssue issue)
    {
        issues.Add(issue);
        errorCount += issue.Severity == IssueSeverity.Error ? 1 : 0;
    }

    public void Error(string code, int? row, string? column, string message) =>
        Add(new ValidationIssue(code, fileName, row, column, message));

    public void Warning(string code, int? row, string? column, string message) =>
        Add(new ValidationIssue(code, fileName, row, column, message, IssueSeverity.Warning));

    public void NeedsComment(int row, string column, string message) =>
        Add(new ValidationIssue(IssueCodes.NeedsComment, fileName, row, column, message, IssueSeverity.Warning));
}
