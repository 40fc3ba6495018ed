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

public enum SubmitReturnStatus
{
    /// <summary>Stored as a new version (or the identical latest version) and passed to the cycle (HTTP 202).</summary>
    Accepted,

    /// <summary>Invalid against the plan; nothing stored (HTTP 400 with the issues).</summary>
    Rejected,

    /// <summary>Unknown cycle, or the contributor is not in it; nothing stored, no event (HTTP 404).</summary>
    NotFound,

    /// <summary>The cycle is approved (or no longer running); nothing stored (HTTP 409).</summary>
    Closed,

    /// <summary>The contributor's own workflow has stopped (failed or terminated), so a stored version would never be
    /// applied; nothing stored (HTTP 409), never a 202 for a return that would be dropped.</summary>
    WorkflowStopped,

    /// <summary>Stored, but the return was approved while the upload was on its way and the template was written without
    /// it: the version is kept and audited, but it is not part of the approved return (HTTP 409).</summary>
    AfterApproval,

    /// <summary>Stored while the cycle was writing the approved template, and the outcome was not known in time: nothing
    /// is promised yet; the same file sent again gets the same version and a definite answer (HTTP 503).</summary>
    ApprovalPending,
}
