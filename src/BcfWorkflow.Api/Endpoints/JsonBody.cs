using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Reads a small JSON request body; null when it is missing, too large or not the expected shape.</summary>
public static class JsonBody
{
    private const long Limit = 64 * 1024;
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        var bytes = await UploadReader.ReadLimitedAsync(request, Limit, cancellationToken);
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
