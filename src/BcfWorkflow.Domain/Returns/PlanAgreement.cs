using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns.Parsing;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Returns;

/// <summary>
/// Checks the plan's own columns when a return carries them: "Scheme Name" must match the plan (ignoring case and
/// spaces); Source of Funding, Commissioner, Scheme Type, Sub Types, Area of Spend, Provider, Planned Outputs and
/// Previously entered expenditure are ignored when blank and errors when they contradict the plan. Free-text
/// columns (description, units) and the % NHS / % LA columns are not checked.
/// </summary>
internal static class PlanAgreement
{
    public static void Check(ReturnHeader header, in TableRow row, Scheme scheme, ReturnIssues issues)
    {
        var name = row[header.SchemeNameColumn];
        if (!CellText.SameIgnoringCaseAndSpaces(name.Span, scheme.Name) && !name.IsBlank)
        {
            issues.Error(IssueCodes.NameMismatch, row.Number, ReturnColumns.SchemeName,
                $"Scheme Name '{CellText.Trim(name.Text)}' does not match the plan's '{scheme.Name}' for scheme {scheme.Id}.");
        }
        if (!header.HasPlanColumns)
        {
            return;
        }
        CheckText(header, row, ReturnColumns.SourceOfFunding, scheme.SourceOfFunding, scheme, issues);
        if (!header.Cell(row, ReturnColumns.Commissioner).IsBlank)
        {
            // The enum's name is a new string each time: only made when there is something to compare it with.
            CheckText(header, row, ReturnColumns.Commissioner, scheme.Commissioner.ToString(), scheme, issues);
        }
        CheckText(header, row, ReturnColumns.SchemeType, scheme.SchemeType, scheme, issues);
        CheckText(header, row, ReturnColumns.SubTypes, scheme.SubType, scheme, issues);
        CheckText(header, row, ReturnColumns.AreaOfSpend, scheme.AreaOfSpend, scheme, issues);
        CheckText(header, row, ReturnColumns.Provider, scheme.Provider, scheme, issues);
        CheckPlannedOutputs(header, row, scheme, issues);
        CheckPlannedExpenditure(header, row, scheme, issues);
    }

    private static void CheckText(ReturnHeader header, TableRow row, string column, string planned, Scheme scheme, ReturnIssues issues)
    {
        var cell = header.Cell(row, column);
        if (!cell.IsBlank && planned.Length > 0 && !CellText.SameIgnoringCaseAndSpaces(cell.Text, planned))
        {
            Contradiction(row, column, CellText.Trim(cell.Text), planned, scheme, issues);
        }
    }

    private static void CheckPlannedOutputs(ReturnHeader header, TableRow row, Scheme scheme, ReturnIssues issues)
    {
        var cell = header.Cell(row, ReturnColumns.PlannedOutputs);
        if (cell.IsBlank)
        {
            return;
        }
        var (outcome, value) = OutputsParser.Parse(cell);
        if (outcome != AmountOutcome.Ok || value != scheme.PlannedOutputs)
        {
            var planned = scheme.PlannedOutputs is { } outputs ? AmountText.Count(outputs) : "NA";
            Contradiction(row, ReturnColumns.PlannedOutputs, CellText.Trim(cell.Text), planned, scheme, issues);
        }
    }

    private static void CheckPlannedExpenditure(ReturnHeader header, TableRow row, Scheme scheme, ReturnIssues issues)
    {
        var cell = header.Cell(row, ReturnColumns.PreviouslyEnteredExpenditure);
        if (cell.IsBlank)
        {
            return;
        }
        var (outcome, value) = MoneyParser.Parse(cell);
        if (outcome != AmountOutcome.Ok || value != scheme.PlannedExpenditure)
        {
            Contradiction(row, ReturnColumns.PreviouslyEnteredExpenditure, CellText.Trim(cell.Text), AmountText.Pounds(scheme.PlannedExpenditure), scheme, issues);
        }
    }

    private static void Contradiction(TableRow row, string column, string given, string planned, Scheme scheme, ReturnIssues issues) =>
        issues.Error(IssueCodes.PlanContradiction, row.Number, column,
            $"{column} '{given}' contradicts the plan's '{planned}' for scheme {scheme.Id}; leave it blank or correct it.");
}
