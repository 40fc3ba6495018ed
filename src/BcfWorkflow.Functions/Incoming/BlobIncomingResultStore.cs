using System.Text.Json;
using Azure.Storage.Blobs.Models;
using BcfWorkflow.Adapters.Blob;

namespace BcfWorkflow.Functions.Incoming;

/// <summary>Writes <c>incoming/{area}/{contributor}/{name}.result.json</c> (replaced when the same name is dropped again).</summary>
public sealed class BlobIncomingResultStore(BcfContainer container) : IIncomingResultStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task WriteAsync(IncomingDrop drop, IncomingReturnResult result, CancellationToken cancellationToken = default)
    {
        var blobs = await container.GetAsync();
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } };
        await blobs.GetBlobClient(drop.ResultBlobName).UploadAsync(BinaryData.FromObjectAsJson(result, Json), options, cancellationToken);
    }
}
