using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Rendering.Official;

/// <summary>What <see cref="ReportingWorkbook.Inspect"/> made of NHS England's workbook: the problems that stop it being
/// filled in (none: it can be), the sheets found (as the workbook names them), the scheme rows of its scheme table, and
/// every input cell located.</summary>
public sealed record ReportingWorkbookInspection(
    IReadOnlyList<ValidationIssue> Problems,
    IReadOnlyList<string> Sheets,
    int SchemeRows,
    IReadOnlyList<ReportingWorkbookInput> Inputs)
{
    public bool CanFill => Problems.Count == 0;
}

/// <summary>An input cell of the workbook: the answer it holds, as the API names it ("cover.email",
/// "nationalConditions.2.met", "nationalConditions.2.explanation", "metrics.1.assessment", "metrics.1.challenges",
/// "metrics.1.achievements", "expenditure.39.outputs", "expenditure.39.expenditure", "expenditure.39.comments"),
/// its sheet and its cell ("D7").</summary>
public sealed record ReportingWorkbookInput(string Field, string Sheet, string Cell);
