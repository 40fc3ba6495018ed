using Grpc.Core;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>Healthy when the durable engine answers a query for an instance (that need not exist).</summary>
internal sealed class EngineHealthCheck(DurableTaskClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await client.GetInstanceAsync("health-probe", cancellationToken);
            return HealthCheckResult.Healthy("durable engine answers");
        }
        catch (RpcException e)
        {
            return HealthCheckResult.Unhealthy("durable engine does not answer", e);
        }
    }
}
