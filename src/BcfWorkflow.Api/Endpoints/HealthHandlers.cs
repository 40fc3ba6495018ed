using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcfWorkflow.Api.Endpoints;

/// <summary><c>GET /api/health</c>: 200 with each registered check (storage, engine: the host adds them) when all are
/// healthy, 503 otherwise. No credential needed; it reveals no data.</summary>
public static class HealthHandlers
{
    public static async Task<IResult> GetHealth(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var healthy = report.Status == HealthStatus.Healthy;
        var body = new
        {
            status = healthy ? "healthy" : "unhealthy",
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status == HealthStatus.Healthy ? "ok" : e.Value.Description ?? "failing"),
        };
        return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
