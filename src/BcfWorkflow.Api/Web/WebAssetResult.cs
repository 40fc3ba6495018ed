using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Web;

/// <summary>Sends a <see cref="WebAsset"/> with its headers: 304 when the browser's copy is current, no body for HEAD.</summary>
public sealed class WebAssetResult(WebAsset asset) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        foreach (var (name, value) in asset.Headers)
        {
            response.Headers[name] = value;
        }
        if (asset.Matches(httpContext.Request.Headers.IfNoneMatch.ToString()))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = asset.Content.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(asset.Content, httpContext.RequestAborted);
        }
    }
}
