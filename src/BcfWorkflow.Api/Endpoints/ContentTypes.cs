using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>The content types each kind of body may be sent as; anything else is 415. A body sent with no type is
/// read (curl -T sends none); its content decides how it is read either way.</summary>
public static class ContentTypes
{
    private static readonly HashSet<string> Spreadsheets = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/csv", "text/plain", "text/tab-separated-values", "application/csv", "application/octet-stream",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel.sheet.macroenabled.12", "application/vnd.oasis.opendocument.spreadsheet",
    };

    /// <summary>A return or a workbook plan: a spreadsheet or text type, or none.</summary>
    public static bool AcceptsSpreadsheet(HttpRequest request) => MediaType(request) is not { } type || Spreadsheets.Contains(type);

    /// <summary>A JSON body: application/json or a +json type, or none.</summary>
    public static bool AcceptsJson(HttpRequest request) =>
        MediaType(request) is not { } type
        || type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The request's media type without parameters; null when none was sent, "" when it cannot be parsed.</summary>
    private static string? MediaType(HttpRequest request) =>
        string.IsNullOrWhiteSpace(request.ContentType) ? null
        : MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value ?? "" : "";
}
