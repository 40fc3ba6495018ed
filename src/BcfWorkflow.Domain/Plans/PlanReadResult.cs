using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans;

/// <summary>The plan read from plan.json, or the problems that stopped it being read.</summary>
public sealed record PlanReadResult(Plan? Plan, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsValid => Plan is not null && !Issues.Any(i => i.Severity == IssueSeverity.Error);
}
