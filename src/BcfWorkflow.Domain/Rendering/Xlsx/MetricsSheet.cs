using BcfWorkflow.Domain.Reporting;

namespace BcfWorkflow.Domain.Rendering.Xlsx;

/// <summary>The metrics sheet ("4. Metrics"): each metric of the year and its definition, with the lead's assessment of
/// progress, challenges and support needs, and achievements, as input cells (blank while unanswered).</summary>
internal static class MetricsSheet
{
    public const string ProgressLabel = "National Metrics";
    public static readonly IReadOnlyList<string> Headers =
    [
        "Metric",
        "Definition",
        "Assessment of progress against the metric plan for the reporting period",
        "Challenges and any Support Needs",
        "Achievements",
    ];

    /// <summary>Room for the lead's answer in each row.</summary>
    private const int AnswerLines = 3;

    public static IReadOnlyList<double> ColumnWidths { get; } = [24, 46, 30, 44, 44];

    public static XlsxSheetLayout SheetLayout(string title, string area) =>
        new(ColumnWidths) { ShowGridLines = false, Print = new XlsxPrintSetup(Landscape: true, title, area) };

    public static void Write(XlsxSheetWriter sheet, string area, string quarter, ReportingTemplate template, LeadAnswers answers, string title)
    {
        SheetHeading.Write(sheet, title, area);
        sheet.WriteRow(XlsxCell.Of(ProgressLabel, XlsxStyle.Bold));
        sheet.WriteRow(Headers.Select(h => XlsxCell.Of(h, XlsxStyle.Header)));
        var first = sheet.CurrentRow + 1;
        foreach (var metric in template.Metrics)
        {
            var answer = answers.Metric(metric.Name);
            sheet.WriteTallRow(
                AnswerLines,
                XlsxCell.Of(metric.Name, XlsxStyle.Prefilled),
                XlsxCell.Of(metric.Definition, XlsxStyle.Prefilled),
                XlsxCell.Input(Canonical(answer?.Assessment, template.AssessmentsFor(quarter))),
                XlsxCell.Input(answer?.Challenges),
                XlsxCell.Input(answer?.Achievements));
        }
        sheet.ListValidation(3, first, sheet.CurrentRow, template.AssessmentsFor(quarter));
        if (template.Metrics.Count == 0)
        {
            sheet.WriteRow(XlsxCell.Of($"The metrics of {template.Year} are not recorded in this version of BcfWorkflow.", XlsxStyle.Note));
        }
    }

    /// <summary>The assessment as the template's list spells it (the answer matched ignoring case).</summary>
    private static string? Canonical(string? assessment, IReadOnlyList<string> values) =>
        values.FirstOrDefault(v => string.Equals(v, assessment?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? assessment;
}
