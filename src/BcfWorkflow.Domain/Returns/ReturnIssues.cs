using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Collects the issues of one return file.</summary>
internal sealed class ReturnIssues(string fileName)
{
    private readonly List<ValidationIssue> _issues = [];
    private int _errorCount;

    public IReadOnlyList<ValidationIssue> All => _issues;

    public string FileName => fileName;

    public bool HasErrors => _errorCount > 0;

    /// <summary>Counted as issues are added (it is read twice for every row).</summary>
    public int ErrorCount => _errorCount;

    public void Add(ValidationIssue issue)
    {
        _issues.Add(issue);
        _errorCount += issue.Severity == IssueSeverity.Error ? 1 : 0;
    }

    public void Error(string code, int? row, string? column, string message) =>
        Add(new ValidationIssue(code, fileName, row, column, message));

    public void Warning(string code, int? row, string? column, string message) =>
        Add(new ValidationIssue(code, fileName, row, column, message, IssueSeverity.Warning));

    public void NeedsComment(int row, string column, string message) =>
        Add(new ValidationIssue(IssueCodes.NeedsComment, fileName, row, column, message, IssueSeverity.Warning));
}
