using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

/// <summary>A workbook read's first sheet (a CSV's only one), or its problem: what most reader tests look at.</summary>
internal sealed record FirstSheet(ValidationIssue? Problem, IReadOnlyList<TableRow> Rows)
{
    public static FirstSheet Of(WorkbookReadResult result) => new(result.Problem, result.Workbook?.Sheets[0].Rows ?? []);
}
