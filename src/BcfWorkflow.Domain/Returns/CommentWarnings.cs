using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Returns;

/// <summary>
/// Figures that are accepted but need a comment (warnings, raised only while the row's Comments is blank):
/// <list type="bullet">
/// <item>expenditure to date below last quarter's (it is cumulative over the year);</item>
/// <item>expenditure to date above the scheme's planned expenditure for the year;</item>
/// <item>outputs delivered to date above the planned outputs for the year, or below last quarter's;</item>
/// <item>outputs left blank or NA, in a return that has the outputs column, for a scheme with planned outputs.</item>
/// </list>
/// Outputs reported for a scheme that plans none are accepted silently. There is no straight-line "on track" check:
/// the reader does not know the quarter, and a seasonal scheme would trip it.
/// </summary>
internal static class CommentWarnings
{
    public static void Check(ReturnRow row, int rowNumber, Scheme scheme, ReturnRow? previous, bool hasOutputsColumn, ReturnIssues issues)
    {
        if (row.Comments.Length > 0)
        {
            return;
        }
        const string Explain = "explain in Comments";
        if (previous is not null && row.ExpenditureToDate < previous.ExpenditureToDate)
        {
            issues.NeedsComment(rowNumber, ReturnColumns.ExpenditureToDate,
                $"Expenditure to date {AmountText.Pounds(row.ExpenditureToDate)} for scheme {scheme.Id} is below last quarter's {AmountText.Pounds(previous.ExpenditureToDate)} (it is cumulative): {Explain}.");
        }
        if (row.ExpenditureToDate > scheme.PlannedExpenditure)
        {
            issues.NeedsComment(rowNumber, ReturnColumns.ExpenditureToDate,
                $"Expenditure to date {AmountText.Pounds(row.ExpenditureToDate)} for scheme {scheme.Id} is above the {AmountText.Pounds(scheme.PlannedExpenditure)} planned for the year: {Explain}.");
        }
        CheckOutputs(row, rowNumber, scheme, previous, hasOutputsColumn, issues, Explain);
    }

    private static void CheckOutputs(ReturnRow row, int rowNumber, Scheme scheme, ReturnRow? previous, bool hasOutputsColumn, ReturnIssues issues, string explain)
    {
        const string Column = ReturnColumns.OutputsDeliveredToDate;
        if (row.OutputsDeliveredToDate is not { } outputs)
        {
            if (hasOutputsColumn && scheme.PlannedOutputs is { } planned)
            {
                issues.NeedsComment(rowNumber, Column,
                    $"Outputs delivered to date for scheme {scheme.Id} is blank or NA but {AmountText.Count(planned)} are planned for the year: give the number, or {explain}.");
            }
            return;
        }
        if (scheme.PlannedOutputs is { } plannedOutputs && outputs > plannedOutputs)
        {
            issues.NeedsComment(rowNumber, Column,
                $"Outputs delivered to date {AmountText.Count(outputs)} for scheme {scheme.Id} is above the {AmountText.Count(plannedOutputs)} planned for the year: {explain}.");
        }
        if (previous?.OutputsDeliveredToDate is { } before && outputs < before)
        {
            issues.NeedsComment(rowNumber, Column,
                $"Outputs delivered to date {AmountText.Count(outputs)} for scheme {scheme.Id} is below last quarter's {AmountText.Count(before)} (it is cumulative): {explain}.");
        }
    }
}
