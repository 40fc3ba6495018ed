using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>Healthy when the blob service answers within <see cref="Timeout"/> (the client's own retries would keep a
/// probe waiting for many seconds while storage is down).</summary>
internal sealed class StorageHealthCheck(BlobServiceClient blobs) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await blobs.GetPropertiesAsync(deadline.Token);
            return HealthCheckResult.Healthy("blob storage answers");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"blob storage did not answer within {Timeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            return HealthCheckResult.Unhealthy("blob storage does not answer", e);
        }
    }
}
