using System.Globalization;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The cover sheet ("2. Cover"): which return this is, whether the template is complete (and what is still
/// missing), the lead's answers to the cover's questions (input cells), who submitted what and when, the sign-off, and
/// the lead's warnings.</summary>
internal static class CoverSheet
{
    public const string AwaitingSignOff = "Awaiting sign-off";
    public const string CompletionLabel = "Completion and sign-off (the lead's answers)";
    public const string StatusLabel = "Template status";
    public const string MissingLabel = "Still to complete";

    public static IReadOnlyList<double> ColumnWidths { get; } = [40, 40, 30, 24, 34];

    public static XlsxSheetLayout SheetLayout(string title, string area) =>
        new(ColumnWidths) { ShowGridLines = false, Print = new XlsxPrintSetup(Landscape: true, title, area) };

    public static void Write(XlsxSheetWriter sheet, AreaSummary summary, TemplateCover cover, TemplateCompleteness completeness,
        ReportingTemplate template, string title)
    {
        SheetHeading.Write(sheet, title, summary.Area);
        sheet.WriteRow(Label("Area"), XlsxCell.Of(summary.Area, XlsxStyle.Prefilled));
        sheet.WriteRow(Label("Year"), XlsxCell.Of(summary.Year, XlsxStyle.Prefilled));
        sheet.WriteRow(Label("Quarter"), XlsxCell.Of(summary.Quarter, XlsxStyle.Prefilled));
        sheet.SkipRow();

        WriteChecklist(sheet, completeness, template);
        sheet.SkipRow();

        sheet.WriteRow(XlsxCell.Of(CompletionLabel, XlsxStyle.Bold));
        var answers = (cover.Answers ?? LeadAnswers.Empty).Cover ?? CoverAnswers.Empty;
        foreach (var question in template.CoverQuestions)
        {
            sheet.WriteRow(Label(question.Label), XlsxCell.Input(CoverQuestionKeys.Answer(answers, question.Key)));
        }
        sheet.SkipRow();

        sheet.WriteRow(XlsxCell.Of("Submissions", XlsxStyle.Bold));
        sheet.WriteRow(Header("Contributor"), Header("Version"), Header("File sent"), Header("Submitted at (UK time)"), Header("Submitted by"));
        foreach (var s in cover.Submissions)
        {
            sheet.WriteRow(
                XlsxCell.Of(string.IsNullOrWhiteSpace(s.ContributorName) ? s.ContributorId : s.ContributorName, XlsxStyle.Prefilled),
                XlsxCell.Of(s.Version, XlsxStyle.PrefilledNumber),
                XlsxCell.Of(s.FileName, XlsxStyle.Prefilled),
                XlsxCell.Of(UkTime.Describe(s.SubmittedAt), XlsxStyle.Prefilled),
                XlsxCell.Of(s.SubmittedBy, XlsxStyle.Prefilled));
        }
        sheet.SkipRow();

        sheet.WriteRow(XlsxCell.Of("Sign-off", XlsxStyle.Bold));
        if (cover.SignOff is { } signOff)
        {
            sheet.WriteRow(Label("Approved by"), XlsxCell.Of(signOff.ApprovedBy, XlsxStyle.Prefilled));
            sheet.WriteRow(Label("Approved at (UK time)"), XlsxCell.Of(UkTime.Describe(signOff.ApprovedAt), XlsxStyle.Prefilled));
        }
        else
        {
            sheet.WriteRow(XlsxCell.Of(AwaitingSignOff));
        }

        if (summary.Warnings.Count > 0)
        {
            sheet.SkipRow();
            sheet.WriteRow(XlsxCell.Of("Warnings", XlsxStyle.Bold));
            foreach (var warning in summary.Warnings)
            {
                sheet.WriteRow(XlsxCell.Of(warning.Message, XlsxStyle.Prefilled)); // words for people; the code stays in the JSON
            }
        }
    }

    /// <summary>The template's status ("Complete Template" only when every required cell is filled), each sheet's
    /// "completed" mark, and what is still missing, so the lead sees at once what approval would leave blank.</summary>
    private static void WriteChecklist(XlsxSheetWriter sheet, TemplateCompleteness completeness, ReportingTemplate template)
    {
        sheet.WriteRow(Label(StatusLabel), XlsxCell.Of(completeness.Status, completeness.IsComplete ? XlsxStyle.Yes : XlsxStyle.No));
        sheet.WriteRow(Header("Sheet"), Header("Sheet completed"));
        foreach (var (name, complete) in completeness.Sheets(template.Sheets))
        {
            sheet.WriteRow(XlsxCell.Of(name, XlsxStyle.Prefilled), XlsxCell.YesNo(complete));
        }
        if (!completeness.IsComplete)
        {
            sheet.WriteRow(XlsxCell.Of(MissingLabel, XlsxStyle.Bold));
            // One cell per item ("2. Cover: Completed by:"), so no question's label is repeated on its own: a reader
            // locating the cover's answers by their labels (ours, filling a workbook in) finds each once.
            foreach (var missing in completeness.Missing)
            {
                sheet.WriteMergedRow(2, XlsxCell.Of(missing.ToString(), XlsxStyle.Prefilled), XlsxCell.Empty(XlsxStyle.Prefilled));
            }
        }
    }

    private static XlsxCell Label(string text) => XlsxCell.Of(text, XlsxStyle.Label);

    private static XlsxCell Header(string text) => XlsxCell.Of(text, XlsxStyle.Header);
}
