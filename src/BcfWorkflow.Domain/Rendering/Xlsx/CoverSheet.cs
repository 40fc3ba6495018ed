using System.Globalization;
using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The cover sheet ("2. Cover"): which return this is, the cover's questions for the lead (input cells, blank
/// until the lead's answers are captured), who submitted what and when, the sign-off, and the lead's warnings.</summary>
internal static class CoverSheet
{
    public const string AwaitingSignOff = "Awaiting sign-off";
    public const string CompletionLabel = "Completion and sign-off (the lead's answers)";

    public static IReadOnlyList<double> ColumnWidths { get; } = [40, 40, 30, 24, 34];

    public static XlsxSheetLayout SheetLayout(string title, string area) =>
        new(ColumnWidths) { ShowGridLines = false, Print = new XlsxPrintSetup(Landscape: true, title, area) };

    public static void Write(XlsxSheetWriter sheet, AreaSummary summary, TemplateCover cover, ReportingTemplate template, string title)
    {
        SheetHeading.Write(sheet, title, summary.Area);
        sheet.WriteRow(Label("Area"), XlsxCell.Of(summary.Area, XlsxStyle.Prefilled));
        sheet.WriteRow(Label("Year"), XlsxCell.Of(summary.Year, XlsxStyle.Prefilled));
        sheet.WriteRow(Label("Quarter"), XlsxCell.Of(summary.Quarter, XlsxStyle.Prefilled));
        sheet.SkipRow();

        sheet.WriteRow(XlsxCell.Of(CompletionLabel, XlsxStyle.Bold));
        foreach (var question in template.CoverQuestions)
        {
            sheet.WriteRow(Label(question), XlsxCell.Empty(XlsxStyle.Input));
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


    private static XlsxCell Label(string text) => XlsxCell.Of(text, XlsxStyle.Label);

    private static XlsxCell Header(string text) => XlsxCell.Of(text, XlsxStyle.Header);
}
