using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>One plan per area and year, <c>plans/{area-slug}/{year}.json</c>; saving again replaces it.</summary>
public sealed class BlobPlanStore(BcfContainer container) : IPlanStore
{
    public async Task SaveAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } };
        await blobs.GetBlobClient(BlobNames.Plan(plan.Area, plan.Year))
            .UploadAsync(BinaryData.FromObjectAsJson(plan, BlobJson.Options), options, cancellationToken);
    }

    public async Task<Plan?> GetAsync(string area, string year, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        try
        {
            var download = await blobs.GetBlobClient(BlobNames.Plan(area, year)).DownloadContentAsync(cancellationToken);
            return JsonSerializer.Deserialize<Plan>(download.Value.Content.ToStream(), BlobJson.Options);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
