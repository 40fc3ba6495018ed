namespace BcfWorkflow.Api.Endpoints;

/// <summary>The formats the final template is published in, with their content types.</summary>
public static class TemplateFormats
{
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["csv"] = "text/csv; charset=utf-8",
        ["json"] = "application/json; charset=utf-8",
    };
}
