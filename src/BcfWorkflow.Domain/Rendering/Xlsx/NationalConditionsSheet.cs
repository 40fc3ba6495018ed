using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The national conditions sheet ("3. National Conditions"): each condition of the year, with the lead's
/// confirmation (Yes/No) and, for a No, the explanation, as input cells (blank while unanswered).</summary>
internal static class NationalConditionsSheet
{
    public const string ConfirmationLabel = "Confirmation of National Conditions";
    public const string ConditionHeader = "National Condition";
    public const string ConfirmationHeader = "Confirmation";
    public const string ExplanationHeader = "If the answer is \"No\" please provide an explanation as to why the condition was not met in the quarter:";
    public static readonly IReadOnlyList<string> Answers = ["Yes", "No"];

    /// <summary>Room for the lead's answer in each row.</summary>
    private const int AnswerLines = 3;

    public static IReadOnlyList<double> ColumnWidths { get; } = [70, 16, 70];

    public static XlsxSheetLayout SheetLayout(string title, string area) =>
        new(ColumnWidths) { ShowGridLines = false, Print = new XlsxPrintSetup(Landscape: true, title, area) };

    public static void Write(XlsxSheetWriter sheet, string area, ReportingTemplate template, LeadAnswers answers, string title)
    {
        SheetHeading.Write(sheet, title, area);
        sheet.WriteRow(XlsxCell.Of(ConfirmationLabel, XlsxStyle.Bold));
        sheet.WriteRow(
            XlsxCell.Of(ConditionHeader, XlsxStyle.Header),
            XlsxCell.Of(ConfirmationHeader, XlsxStyle.Header),
            XlsxCell.Of(ExplanationHeader, XlsxStyle.Header));
        var first = sheet.CurrentRow + 1;
        for (var number = 1; number <= template.NationalConditions.Count; number++)
        {
            var answer = answers.Condition(number);
            sheet.WriteTallRow(AnswerLines, XlsxCell.Of(template.NationalConditions[number - 1], XlsxStyle.Prefilled),
                XlsxCell.Input(CoverQuestionKeys.YesNo(answer?.Met)), XlsxCell.Input(answer?.Explanation));
        }
        sheet.ListValidation(2, first, sheet.CurrentRow, Answers);
        if (template.NationalConditions.Count == 0)
        {
            sheet.WriteRow(XlsxCell.Of($"The national conditions of {template.Year} are not recorded in this version of BcfWorkflow.", XlsxStyle.Note));
        }
    }
}
