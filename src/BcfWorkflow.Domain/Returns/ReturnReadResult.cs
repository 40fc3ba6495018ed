using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>A contributor's return read and validated against the plan: the return when it has no errors, and every issue found.</summary>
public sealed record ReturnReadResult(ContributorReturn? Return, IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>The sheet the figures were read from, for a workbook; null for a CSV file or a file not read.</summary>
    public string? Sheet { get; init; }

    /// <summary>The format the content showed, as the extension it is stored under ("csv", "xlsx", "xls", "ods");
    /// null for a file not read.</summary>
    public string? Format { get; init; }

    public bool IsValid => Return is not null && !Errors.Any();
    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);
    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);
}
