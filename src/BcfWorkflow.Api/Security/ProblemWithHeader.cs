using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Security;

/// <summary>A result that adds one response header and then writes the inner result (e.g. Retry-After on a 429).</summary>
public sealed class ProblemWithHeader(IResult inner, string header, string value) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

    public string Header => header;

    public string Value => value;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers[header] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
