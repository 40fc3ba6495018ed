using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans;

/// <summary>Collects the problems found in one plan file; the JSON path goes in the column.</summary>
internal sealed class PlanIssues(string fileName)
{
    private readonly List<ValidationIssue> issues = [];

    public IReadOnlyList<ValidationIssue> All => issues;

    public bool HasErrors => issues.Any(i => i.Severity == IssueSeverity.Error);

    public void Add(string code, string path, string message) =>
        issues.Add(new ValidationIssue(code, fileName, null, path, message));
}
