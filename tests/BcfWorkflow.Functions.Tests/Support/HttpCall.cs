using System.Text;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Functions.Tests.Support;

/// <summary>Builds the HttpRequest a trigger receives, and executes the IResult it returns as the worker's ASP.NET Core
/// integration does (IResult.ExecuteAsync on the invocation's HttpContext).</summary>
public static class HttpCall
{
    public static HttpRequest Request(IServiceProvider services, string method, string? bearerKey = null, byte[]? body = null,
        string contentType = "application/json", IReadOnlyDictionary<string, string>? headers = null)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        if (bearerKey is not null)
        {
            context.Request.Headers.Authorization = $"Bearer {bearerKey}";
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }
        var content = body ?? [];
        context.Request.Body = new MemoryStream(content);
        context.Request.ContentLength = content.Length;
        context.Request.ContentType = contentType;
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);

    public static async Task<(int Status, string Body)> ExecuteAsync(Task<IResult> invocation, HttpRequest request)
    {
        var result = await invocation;
        await result.ExecuteAsync(request.HttpContext);
        var response = request.HttpContext.Response;
        response.Body.Position = 0;
        using var reader = new StreamReader(response.Body);
        return (response.StatusCode, await reader.ReadToEndAsync());
    }
}
