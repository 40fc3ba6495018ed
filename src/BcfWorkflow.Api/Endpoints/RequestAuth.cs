using BcfWorkflow.Api.Auth;
using BcfWorkflow.Api.Problems;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Turns "who is calling, and may they do this?" into a caller or the 401/403 to return.</summary>
public sealed class RequestAuth(ICallerResolver resolver)
{
    public (Caller? Caller, IResult? Denied) Any(HttpRequest request)
    {
        var caller = resolver.Resolve(request);
        return caller is null ? (null, ApiProblems.Unauthorized()) : (caller, null);
    }

    public (Caller? Caller, IResult? Denied) Lead(HttpRequest request)
    {
        var (caller, denied) = Any(request);
        if (denied is not null)
        {
            return (null, denied);
        }
        return caller!.IsLead ? (caller, null) : (null, ApiProblems.Forbidden("Only the BCF lead may do this."));
    }

    public static string From(HttpRequest request) =>
        request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
