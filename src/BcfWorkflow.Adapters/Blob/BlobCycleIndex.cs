using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>The cycle index, one create-only blob per cycle: <c>cycles/{area-slug}/{cycleId}.json</c>.</summary>
public sealed class BlobCycleIndex(BcfContainer container) : ICycleIndex
{
    public async Task AddAsync(CycleIndexEntry entry, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        try
        {
            await blobs.GetBlobClient(BlobNames.CycleIndexEntry(CycleIds.Slug(entry.Area), entry.CycleId))
                .UploadAsync(BinaryData.FromObjectAsJson(entry, BlobJson.Options), BlobConditions.CreateOnly("application/json"), cancellationToken);
        }
        catch (RequestFailedException e) when (BlobConditions.AlreadyExists(e))
        {
            // Indexed already (the cycle opened twice, or a retry): the first entry stays.
        }
    }

    public async Task<IReadOnlyList<CycleIndexEntry>> ListAsync(string? areaSlug = null, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var entries = new List<CycleIndexEntry>();
        await foreach (BlobItem item in blobs.GetBlobsAsync(new GetBlobsOptions { Prefix = BlobNames.CycleIndexPrefix(areaSlug) }, cancellationToken))
        {
            if (item.Name == BlobNames.CycleIndexEarlierCyclesMarker)
            {
                continue;
            }
            try
            {
                var download = await blobs.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken);
                if (JsonSerializer.Deserialize<CycleIndexEntry>(download.Value.Content.ToStream(), BlobJson.Options) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Deleted between the listing and the read.
            }
        }
        return entries;
    }

    public async Task<bool> HoldsEarlierCyclesAsync(CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        return await blobs.GetBlobClient(BlobNames.CycleIndexEarlierCyclesMarker).ExistsAsync(cancellationToken);
    }

    public async Task MarkEarlierCyclesHeldAsync(CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        await blobs.GetBlobClient(BlobNames.CycleIndexEarlierCyclesMarker)
            .UploadAsync(BinaryData.FromString("The cycles opened before the index was kept have been added."), overwrite: true, cancellationToken);
    }
}
