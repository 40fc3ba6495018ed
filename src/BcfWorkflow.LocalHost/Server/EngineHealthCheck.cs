using Grpc.Core;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>Healthy when the durable engine answers a query for an instance (that need not exist) within
/// <see cref="StorageHealthCheck.Timeout"/>: the engine's state is in storage, so it waits on storage's retries too.</summary>
internal sealed class EngineHealthCheck(DurableTaskClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StorageHealthCheck.Timeout);
        try
        {
            await client.GetInstanceAsync("health-probe", deadline.Token);
            return HealthCheckResult.Healthy("durable engine answers");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"durable engine did not answer within {StorageHealthCheck.Timeout.TotalSeconds:0} s");
        }
        catch (RpcException e)
        {
            return HealthCheckResult.Unhealthy("durable engine does not answer", e);
        }
    }
}
