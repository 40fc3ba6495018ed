namespace BcfWorkflow.Api.Endpoints;

/// <summary>The formats the final template is published in, with their content types: <c>template.{xlsx,csv,json}</c>,
/// and the files named in full: <c>template.answers.csv</c> (the lead's sheets) and <c>template.reporting-workbook.xlsx</c>
/// (NHS England's workbook filled in, when the lead attached one; the lead's only).</summary>
public static class TemplateFormats
{
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["csv"] = "text/csv; charset=utf-8",
        ["json"] = "application/json; charset=utf-8",
        [Orchestrations.Contracts.TemplateFiles.AnswersCsv] = "text/csv; charset=utf-8",
        [Orchestrations.Contracts.TemplateFiles.ReportingWorkbook] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };
}
