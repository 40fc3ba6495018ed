using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.LocalHost.Storage;
using Azure.Storage.Blobs;

namespace BcfWorkflow.LocalHost.Tests.Support;

/// <summary>One real Azurite (in memory, free ports) for the test run, installed from npm on first use.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    AzuriteProcess? azurite;

    public AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Azurite is not started.");

    public string ConnectionString => Azurite.ConnectionString;

    public BcfContainer Container() => new(new BlobServiceClient(ConnectionString));

    public async Task InitializeAsync() =>
        azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true, InstallTimeout = TimeSpan.FromMinutes(5) });

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
