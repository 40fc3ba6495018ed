using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>Healthy when the blob service answers.</summary>
internal sealed class StorageHealthCheck(BlobServiceClient blobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await blobs.GetPropertiesAsync(cancellationToken);
            return HealthCheckResult.Healthy("blob storage answers");
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            return HealthCheckResult.Unhealthy("blob storage does not answer", e);
        }
    }
}
