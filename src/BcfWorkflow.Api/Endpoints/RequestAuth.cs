using BcfWorkflow.Api.Auth;
using BcfWorkflow.Api.Problems;
using BcfWorkflow.Api.Security;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Turns "who is calling, and may they do this?" into a caller or the 401/403/429 to return. Failed
/// authentications are counted per remote address (<see cref="FailedAuthLimiter"/>).</summary>
public sealed class RequestAuth(ICallerResolver resolver, FailedAuthLimiter limiter)
{
    public (Caller? Caller, IResult? Denied) Any(HttpRequest request)
    {
        var from = From(request);
        if (limiter.RetryAfter(from) is { } wait)
        {
            return (null, ApiProblems.TooManyFailedAttempts(wait));
        }
        var caller = resolver.Resolve(request);
        if (caller is null)
        {
            limiter.RecordFailure(from);
            return (null, ApiProblems.Unauthorized());
        }
        request.HttpContext.Items[AccessAudit.CallerItem] = caller;
        return (caller, null);
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

    /// <summary><see cref="Any(HttpRequest)"/>, and the caller's key must cover the cycle's area.</summary>
    public (Caller? Caller, IResult? Denied) Any(HttpRequest request, string cycleId) => InArea(Any(request), cycleId);

    /// <summary><see cref="Lead(HttpRequest)"/>, and the lead's key must cover the cycle's area.</summary>
    public (Caller? Caller, IResult? Denied) Lead(HttpRequest request, string cycleId) => InArea(Lead(request), cycleId);

    private static (Caller? Caller, IResult? Denied) InArea((Caller? Caller, IResult? Denied) result, string cycleId) =>
        result.Caller is { } caller && !caller.CoversCycle(cycleId)
            ? (null, ApiProblems.Forbidden($"Your key is for {caller.Area}, not this cycle's area."))
            : result;

    public static string From(HttpRequest request) =>
        request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
