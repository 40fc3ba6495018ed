using BcfWorkflow.Domain.Validation;
using BcfWorkflow.Orchestrations.Contracts;

namespace BcfWorkflow.Orchestrations.Application;

/// <summary>The outcome of a submission: the stored version when accepted, and the issues found (errors when
/// rejected, warnings that need comments when accepted).</summary>
public sealed record SubmitReturnResult(SubmitReturnStatus Status, StoredReturn? Stored, IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>The workbook sheet the figures were read from; null for a CSV file.</summary>
    public string? Sheet { get; init; }

    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);

    public static SubmitReturnResult NotFound { get; } = new(SubmitReturnStatus.NotFound, null, []);

    public static SubmitReturnResult Closed { get; } = new(SubmitReturnStatus.Closed, null, []);

    public static SubmitReturnResult WorkflowStopped { get; } = new(SubmitReturnStatus.WorkflowStopped, null, []);
}
