namespace BcfWorkflow.Orchestrations.Contracts;

/// <summary>The names of a template version's files in <see cref="Ports.ITemplateStore"/>: the area's template by
/// format ("xlsx"), and each contributor's own view ("contributors/blaby/xlsx": its rows and the area's totals).</summary>
public static class TemplateFiles
{
    /// <summary>The lead's sheets as CSV, one answer per record (template.csv is the scheme table).</summary>
    public const string AnswersCsv = "answers.csv";

    /// <summary>NHS England's reporting workbook the lead attached, filled in (written only when one was attached).</summary>
    public const string ReportingWorkbook = "reporting-workbook.xlsx";

    public static string Area(string format) => format;

    public static string Contributor(string contributorId, string format) => $"contributors/{contributorId}/{format}";
}
