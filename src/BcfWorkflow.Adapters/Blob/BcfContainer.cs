using Azure.Storage.Blobs;

namespace BcfWorkflow.Adapters.Blob;

/// <summary>The container <c>bcf</c> that holds every blob of the product, created on first use.</summary>
public sealed class BcfContainer
{
    public const string Name = "bcf";

    readonly BlobContainerClient container;
    readonly Lazy<Task> created;

    public BcfContainer(BlobServiceClient service)
    {
        container = service.GetBlobContainerClient(Name);
        created = new Lazy<Task>(() => container.CreateIfNotExistsAsync());
    }

    public async Task<BlobContainerClient> GetAsync()
    {
        await created.Value;
        return container;
    }
}
