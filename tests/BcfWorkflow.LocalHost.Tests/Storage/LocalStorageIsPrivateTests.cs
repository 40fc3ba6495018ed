using Azure;
using Azure.Storage.Blobs;
using BcfWorkflow.LocalHost.Storage;

namespace BcfWorkflow.LocalHost.Tests.Storage;

/// <summary>Another local user can neither read the data folder nor talk to our storage with the emulator's public
/// development key: the folder is 0700, the account key is our own (0600 in the folder), and Azurite refuses the
/// public one.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalStorageIsPrivateTests : IDisposable
{
    readonly string dataDir = Path.Combine(Path.GetTempPath(), $"bcf-private-{Guid.NewGuid():N}");

    [Fact]
    public void Prepare_NewOrOpenDataFolder_IsOwnerOnly()
    {
        Directory.CreateDirectory(dataDir);
        File.SetUnixFileMode(dataDir, (UnixFileMode)0b111_101_101); // 0755, as an earlier version left it

        LocalDataFolder.Prepare(dataDir);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dataDir));
    }

    [Fact]
    public void StorageKey_FirstStart_IsRandomKeptOwnerOnlyAndTheSameNextTime()
    {
        LocalDataFolder.Prepare(dataDir);

        var key = LocalDataFolder.StorageKey(dataDir);

        Assert.NotEqual(DevelopmentStorage.AccountKey, key);
        Assert.Equal(64, Convert.FromBase64String(key).Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(LocalDataFolder.StorageKeyPath(dataDir)));
        Assert.Equal(key, LocalDataFolder.StorageKey(dataDir));
    }

    [Fact]
    public async Task Azurite_WeStart_RefusesThePublicDevelopmentKeyAndAcceptsOurs()
    {
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true, AccountKey = LocalDataFolder.NewStorageKey() });
        var publicKey = DevelopmentStorage.ConnectionString("127.0.0.1", azurite.BlobPort, azurite.QueuePort, azurite.TablePort);

        var ours = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("bcf");
        await ours.CreateIfNotExistsAsync();
        var refused = await Assert.ThrowsAsync<RequestFailedException>(
            () => new BlobServiceClient(publicKey).GetBlobContainerClient("bcf").GetBlobClient("audit/x.jsonl").UploadAsync(BinaryData.FromString("forged")));

        Assert.Equal(403, refused.Status);
        Assert.False(await ours.GetBlobClient("audit/x.jsonl").ExistsAsync());
    }

    [Fact]
    public void FirstLeadKey_IsWrittenToAFileOnlyItsOwnerCanRead()
    {
        LocalDataFolder.Prepare(dataDir);

        var path = BcfWorkflow.LocalHost.Server.LocalUsersFile.WriteFirstLeadKey(dataDir, "bcf_secret");

        Assert.Equal("bcf_secret", File.ReadAllText(path).Trim());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
