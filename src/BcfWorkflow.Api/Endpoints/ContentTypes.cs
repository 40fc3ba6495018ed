using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>The content types each kind of body may be sent as; anything else is 415. A body sent with no type is
/// read (curl -T sends none); its content decides how it is read either way.</summary>
public static class ContentTypes
{
    public static readonly IReadOnlySet<string> Spreadsheets = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "text/csv", "text/plain", "text/tab-separated-values", "application/csv", "application/octet-stream",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel.sheet.macroenabled.12", "application/vnd.oasis.opendocument.spreadsheet",
    };

    public static readonly IReadOnlySet<string> Json = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "application/json" };

    /// <summary>Whether the request's content type (without parameters) is one of <paramref name="allowed"/>, or absent.</summary>
    public static bool Accepts(HttpRequest request, IReadOnlySet<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType))
        {
            return true;
        }
        return MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed)
               && parsed.MediaType.Value is { } type
               && (allowed.Contains(type) || (allowed == Json && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));
    }
}
