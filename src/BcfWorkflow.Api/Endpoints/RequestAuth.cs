using BcfWorkflow.Api.Auth;
using BcfWorkflow.Api.Problems;
using BcfWorkflow.Api.Security;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Api.Endpoints;

/// <summary>Turns "who is calling, and may they do this?" into a caller or the 401/403/429 to return. A valid
/// credential is always accepted: failed attempts are counted per remote address and per presented key
/// (<see cref="FailedAuthLimiter"/>) and slow down only further failures, so no one can lock the lead out by failing
/// from the lead's address (a shared NAT, or a page in the lead's browser making cross-site requests).</summary>
public sealed class RequestAuth(ICallerResolver resolver, FailedAuthLimiter limiter)
{
    public (Caller? Caller, IResult? Denied) Any(HttpRequest request)
    {
        var caller = resolver.Resolve(request);
        if (caller is not null)
        {
            request.HttpContext.Items[AccessAudit.CallerItem] = caller;
            return (caller, null);
        }
        var from = From(request);
        var presented = PresentedKey(request);
        if ((limiter.RetryAfter(from) ?? (presented is null ? null : limiter.RetryAfter(presented))) is { } wait)
        {
            return (null, ApiProblems.TooManyFailedAttempts(wait));
        }
        limiter.RecordFailure(from);
        if (presented is not null)
        {
            limiter.RecordFailure(presented);
        }
        return (null, ApiProblems.Unauthorized());
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

    /// <summary>A presented bearer key as the limiter counts it: a prefix of its SHA-256, never the key itself.</summary>
    private static string? PresentedKey(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.Length == 0
            ? null
            : "key:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(header)))[..16];
    }
}
