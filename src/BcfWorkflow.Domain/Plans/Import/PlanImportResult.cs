using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans.Import;

/// <summary>The plan imported from a scheme table and its plan details, as read back by <see cref="PlanReader"/>,
/// and its plan.json; or, when anything is wrong, every problem, each at the file, row and column it came from.</summary>
/// <param name="PlanJson">plan.json as UTF-8 (the shape of docs/interfaces.md), only when the plan is valid.</param>
public sealed record PlanImportResult(Plan? Plan, byte[]? PlanJson, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsValid => Plan is not null && PlanJson is not null && !Issues.Any(i => i.Severity == IssueSeverity.Error);
}
