using Azure.Core;
using Azure.Storage.Blobs;
using BcfWorkflow.Adapters;
using Microsoft.Extensions.Configuration;

namespace BcfWorkflow.Functions.Hosting;

/// <summary>The blob client of our adapters: <c>Storage:ConnectionString</c> when set (Azurite, locally), otherwise
/// <c>Storage:BlobServiceUri</c> with the managed identity (Azure; the storage account refuses shared keys).</summary>
public static class StorageClients
{
    public const string BlobServiceUriKey = "Storage:BlobServiceUri";

    public static BlobServiceClient Create(IConfiguration configuration, Func<TokenCredential> credential)
    {
        var connectionString = configuration[AdaptersServiceCollectionExtensions.StorageConnectionStringKey];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new BlobServiceClient(connectionString);
        }
        var serviceUri = configuration[BlobServiceUriKey];
        if (Uri.TryCreate(serviceUri, UriKind.Absolute, out var uri))
        {
            return new BlobServiceClient(uri, credential());
        }
        throw new InvalidOperationException(
            $"Set {BlobServiceUriKey} (Azure, with a managed identity) or {AdaptersServiceCollectionExtensions.StorageConnectionStringKey} (locally).");
    }
}
