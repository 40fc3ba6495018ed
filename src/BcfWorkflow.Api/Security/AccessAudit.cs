using BcfWorkflow.Api.Auth;
using BcfWorkflow.Orchestrations.Application;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.Api.Security;

/// <summary>Writes refused requests to an audit log. A refusal of someone who signed in (a contributor asking for
/// another's rows) goes into the cycle's own log when the path names a cycle that exists; a refusal of someone who
/// did not (no key, a wrong key, too many failures) goes only into <c>audit/_access.jsonl</c>, never into a cycle's
/// log, so anyone on the network cannot write into a cycle's audit trail. Both are sampled (<see cref="AccessLogSampler"/>):
/// a flood of alike refusals writes one entry per address and path per window, with a count.</summary>
public sealed class AccessAudit(IAuditLog audit, IServiceProvider services, AccessLogSampler sampler, TimeProvider clock, ILogger<AccessAudit> logger)
{
    public const string AccessLog = "_access";

    /// <summary>The key of <see cref="HttpContext.Items"/> where the resolved caller is kept for the audit.</summary>
    public const string CallerItem = "bcf.caller";

    public async Task RecordDenialAsync(HttpContext httpContext, int status, string reason)
    {
        var request = httpContext.Request;
        var caller = httpContext.Items[CallerItem] as Caller;
        var at = clock.GetUtcNow();
        var from = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var (write, leftOut) = sampler.Admit($"{from} {caller?.Name} {status} {request.Method} {request.Path}");
        if (!write)
        {
            return;
        }
        var cycleId = caller is null ? null : CycleIdOf(request.Path);
        var log = cycleId is not null && await CycleExistsAsync(cycleId, httpContext.RequestAborted) ? cycleId : AccessLog;
        var entry = new AuditEntry(
            $"{log}/{AuditActions.AccessDenied}/{at.UtcTicks}/{httpContext.TraceIdentifier}",
            at,
            caller?.Name ?? "anonymous",
            AuditActions.AccessDenied,
            $"{status} {request.Method} {request.Path}: {reason}" + (leftOut > 0 ? $" ({leftOut} more alike since the last entry)" : ""),
            from);
        try
        {
            await audit.AppendAsync(log, entry, httpContext.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Refusing the request matters more than recording the refusal: log and go on.
            logger.LogWarning(e, "Could not audit a refused request to {Path}", request.Path);
        }
    }

    /// <summary>The cycle id of <c>/api/cycles/{cycleId}/...</c>, or null.</summary>
    public static string? CycleIdOf(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3 && segments[0] == "api" && segments[1] == "cycles" ? Uri.UnescapeDataString(segments[2]) : null;
    }

    private async Task<bool> CycleExistsAsync(string cycleId, CancellationToken cancellationToken)
    {
        if (cycleId.Contains('/', StringComparison.Ordinal) || cycleId.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }
        // CycleService needs the host's durable client; a host without one audits into the access log.
        return services.GetService(typeof(CycleService)) is CycleService cycles
            && await cycles.GetStatusAsync(cycleId, cancellationToken, withStoredVersions: false) is not null;
    }
}
