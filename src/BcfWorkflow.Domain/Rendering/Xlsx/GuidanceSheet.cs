using BcfWorkflow.Domain.Aggregation;
using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The guidance sheet ("1. Guidance"): a short note of what the workbook is and how it was produced, and the
/// key to its cell colours.</summary>
internal static class GuidanceSheet
{
    public const string AboutLabel = "About this workbook";
    public const string KeyLabel = "Key to cell colours";
    public const string PrefilledKey = "Pre-filled: from the area's plan, or calculated from the figures";
    public const string InputKey = "Input: an answer (contributors' figures and comments; the lead's answers)";

    public static IReadOnlyList<double> ColumnWidths { get; } = [40, 80];

    public static XlsxSheetLayout SheetLayout(string title, string area) =>
        new(ColumnWidths) { Selected = true, ShowGridLines = false, Print = new XlsxPrintSetup(Landscape: true, title, area) };

    public static void Write(XlsxSheetWriter sheet, AreaSummary summary, ReportingTemplate template, string title)
    {
        SheetHeading.Write(sheet, title, summary.Area);
        sheet.WriteRow(XlsxCell.Of(AboutLabel, XlsxStyle.Bold));
        foreach (var paragraph in Paragraphs(summary, template))
        {
            sheet.WriteMergedRow(2, XlsxCell.Of(paragraph, XlsxStyle.Note));
        }
        sheet.SkipRow();
        sheet.WriteRow(XlsxCell.Of(KeyLabel, XlsxStyle.Bold));
        sheet.WriteMergedRow(2, XlsxCell.Of(PrefilledKey, XlsxStyle.Prefilled), XlsxCell.Empty(XlsxStyle.Prefilled));
        sheet.WriteMergedRow(2, XlsxCell.Of(InputKey, XlsxStyle.Input), XlsxCell.Empty(XlsxStyle.Input));
    }

    internal static IEnumerable<string> Paragraphs(AreaSummary summary, ReportingTemplate template)
    {
        var s = template.Sheets;
        yield return $"This workbook is {summary.Area}'s Better Care Fund return for {summary.Year} {summary.Quarter}. Its sheets are "
            + $"named and numbered as in NHS England's {summary.Year} quarterly reporting template; the national template's other sheets are not included.";
        yield return $"It was produced by BcfWorkflow from the returns the area's contributors submitted against the {summary.Year} plan, "
            + $"added up exactly. '{s.Cover}' shows whether every required answer is given, the lead's answers to its questions, who "
            + $"sent which version of each return and when, and who approved the return. '{s.Expenditure}' holds the running balances, "
            + "the required spend, one row per scheme of the plan and the checklist; its totals are formulas, saved with their values.";
        yield return $"'{s.NationalConditions}' and '{s.Metrics}' hold the lead's answers for the year's national conditions and metrics. "
            + "Answers (the lead's, and the contributors' figures and comments) are in the pale yellow cells.";
        if (!template.IsKnownYear)
        {
            yield return $"The national conditions and metrics of {summary.Year} are not recorded in this version of BcfWorkflow: "
                + "take them from the workbook NHS England distributed for the quarter.";
        }
    }
}
