using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Aggregation;

/// <summary>The aggregated area return for one quarter: everything the template shows, and the checks for the lead.</summary>
public sealed record AreaSummary(
    string Area,
    string Year,
    string Quarter,
    IReadOnlyList<RunningBalance> RunningBalances,
    IReadOnlyList<RequiredSpendLine> RequiredSpend,
    IReadOnlyList<SchemeLine> Schemes,
    IReadOnlyList<ChecklistItem> Checklist,
    IReadOnlyList<ValidationIssue> Warnings);
