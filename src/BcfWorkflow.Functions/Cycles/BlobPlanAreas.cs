using Azure.Storage.Blobs.Models;
using BcfWorkflow.Adapters.Blob;

namespace BcfWorkflow.Functions.Cycles;

/// <summary>Lists <c>plans/{area-slug}/{year}.json</c>; the plan store finds a plan by its area's slug too.</summary>
public sealed class BlobPlanAreas(BcfContainer container) : IPlanAreas
{
    public async Task<IReadOnlyList<string>> ListAsync(string year, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var fileName = $"/{BlobNames.Safe(year)}.json";
        var areas = new List<string>();
        await foreach (var blob in blobs.GetBlobsAsync(new GetBlobsOptions { Prefix = "plans/" }, cancellationToken))
        {
            if (blob.Name.EndsWith(fileName, StringComparison.Ordinal))
            {
                areas.Add(blob.Name["plans/".Length..^fileName.Length]);
            }
        }
        return areas;
    }
}
