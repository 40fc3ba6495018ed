using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>Collects the issues of one return file.</summary>
internal sealed class ReturnIssues(string fileName)
{
    private readonly List<ValidationIssue> _issues = [];

    public IReadOnlyList<ValidationIssue> All => _issues;

    public bool HasErrors => _issues.Any(i => i.Severity == IssueSeverity.Error);

    public int ErrorCount => _issues.Count(i => i.Severity == IssueSeverity.Error);

    public void Add(ValidationIssue issue) => _issues.Add(issue);

    public void Error(string code, int? row, string? column, string message) =>
        _issues.Add(new ValidationIssue(code, fileName, row, column, message));

    public void NeedsComment(int row, string column, string message) =>
        _issues.Add(new ValidationIssue(IssueCodes.NeedsComment, fileName, row, column, message, IssueSeverity.Warning));
}
