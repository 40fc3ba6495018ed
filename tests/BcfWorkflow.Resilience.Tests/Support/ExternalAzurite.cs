using BcfWorkflow.LocalHost.Storage;

namespace BcfWorkflow.Resilience.Tests.Support;

/// <summary>An Azurite on fixed ports and a data folder, which a test can stop (gracefully) and start again: to the host
/// using it, storage goes away for a while and comes back with everything it had.</summary>
public sealed class ExternalAzurite(string location) : IAsyncDisposable
{
    readonly int blobPort = FreeTcpPort.Next();
    readonly int queuePort = FreeTcpPort.Next();
    readonly int tablePort = FreeTcpPort.Next();

    // One private key for every start, as bcf serve keeps its key in the data folder.
    readonly string accountKey = LocalDataFolder.NewStorageKey();
    AzuriteProcess? running;

    public string ConnectionString => DevelopmentStorage.ConnectionString("127.0.0.1", blobPort, queuePort, tablePort, accountKey);

    public bool IsRunning => running is not null;

    public async Task StartAsync()
    {
        running = await AzuriteProcess.StartAsync(new AzuriteOptions
        {
            Location = location,
            BlobPort = blobPort,
            QueuePort = queuePort,
            TablePort = tablePort,
            AccountKey = accountKey,
        });
    }

    /// <summary>SIGTERM, so that Azurite saves its data, as an operator stopping it would.</summary>
    public async Task StopAsync()
    {
        if (running is not null)
        {
            await running.DisposeAsync();
            running = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
