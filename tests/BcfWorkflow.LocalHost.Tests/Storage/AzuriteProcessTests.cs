using System.Diagnostics;
using Azure.Storage.Blobs;
using BcfWorkflow.LocalHost.Storage;

namespace BcfWorkflow.LocalHost.Tests.Storage;

public sealed class AzuriteProcessTests : IDisposable
{
    readonly string location = Path.Combine(Path.GetTempPath(), $"bcf-azurite-{Guid.NewGuid():N}");

    [Fact]
    public async Task Start_OnFolderOfAKilledHost_StopsTheLeftOverAndKeepsTheData()
    {
        var options = new AzuriteOptions { Location = location };
        await using AzuriteProcess leftOver = await AzuriteProcess.StartAsync(options);
        var container = new BlobServiceClient(leftOver.ConnectionString).GetBlobContainerClient("bcf");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("returns/c/blaby/v1.csv").UploadAsync(BinaryData.FromString("Scheme ID\n39\n"));

        // The first is never disposed, as if its host had been killed with SIGKILL.
        await using AzuriteProcess restarted = await AzuriteProcess.StartAsync(options);
        var blob = new BlobServiceClient(restarted.ConnectionString).GetBlobContainerClient("bcf").GetBlobClient("returns/c/blaby/v1.csv");

        Assert.Equal("Scheme ID\n39\n", (await blob.DownloadContentAsync()).Value.Content.ToString());
        Assert.False(IsRunning(leftOver.ProcessId));
        Assert.Equal(restarted.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(location, ".azurite.pid")));
    }

    [Fact]
    public async Task Dispose_StopsTheProcessAndFreesItsPorts()
    {
        AzuriteProcess azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true });
        int pid = azurite.ProcessId;

        await azurite.DisposeAsync();

        Assert.False(IsRunning(pid));
        Assert.False(await FreeTcpPort.AcceptsConnectionAsync(azurite.BlobPort, CancellationToken.None));
    }

    static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(location))
        {
            Directory.Delete(location, recursive: true);
        }
    }
}
