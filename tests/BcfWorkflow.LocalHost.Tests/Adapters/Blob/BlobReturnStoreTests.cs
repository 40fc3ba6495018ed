using System.Text;
using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobReturnStoreTests(AzuriteFixture azurite)
{
    static readonly DateTimeOffset Monday = new(2024, 10, 14, 9, 30, 0, TimeSpan.Zero);
    static readonly byte[] First = Encoding.UTF8.GetBytes("Scheme ID,Expenditure to date (£)\n39,100\n");
    static readonly byte[] Second = Encoding.UTF8.GetBytes("Scheme ID,Expenditure to date (£)\n39,200\n");

    readonly BlobReturnStore store = new(azurite.Container());

    [Fact]
    public async Task SaveVersion_DifferentContent_StoresV1ThenV2AndKeepsBoth()
    {
        string cycle = Unique.CycleId();

        StoredReturn v1 = await store.SaveVersionAsync(cycle, "blaby", "csv", First, "dfg@blaby.example.gov.uk", Monday);
        StoredReturn v2 = await store.SaveVersionAsync(cycle, "blaby", "csv", Second, "dfg@blaby.example.gov.uk", Monday.AddDays(1));

        Assert.Equal($"returns/{cycle}/blaby/v1.csv", v1.Ref.BlobName);
        Assert.Equal($"returns/{cycle}/blaby/v2.csv", v2.Ref.BlobName);
        Assert.Equal(First, await store.ReadAsync(v1.Ref));
        Assert.Equal(Second, await store.ReadAsync(v2.Ref));
        Assert.Equal([v1, v2], await store.ListVersionsAsync(cycle, "blaby"));
    }

    [Fact]
    public async Task SaveVersion_SameContentAsLatest_ReturnsThatVersionAndStoresNothing()
    {
        string cycle = Unique.CycleId();

        StoredReturn v1 = await store.SaveVersionAsync(cycle, "blaby", "csv", First, "a@example.gov.uk", Monday);
        StoredReturn again = await store.SaveVersionAsync(cycle, "blaby", "csv", First, "b@example.gov.uk", Monday.AddHours(1));

        Assert.Equal(v1, again);
        Assert.Single(await store.ListVersionsAsync(cycle, "blaby"));
    }

    [Fact]
    public async Task SaveVersion_ConcurrentUploads_EachGetsItsOwnVersion()
    {
        string cycle = Unique.CycleId();
        byte[][] contents = [.. Enumerable.Range(1, 4).Select(i => Encoding.UTF8.GetBytes($"Scheme ID,Expenditure to date (£)\n39,{i}\n"))];

        StoredReturn[] stored = await Task.WhenAll(contents.Select(c => store.SaveVersionAsync(cycle, "blaby", "csv", c, "x@example.gov.uk", Monday)));

        Assert.Equal([1, 2, 3, 4], stored.Select(s => s.Ref.Version).Order());
        foreach (var (content, saved) in contents.Zip(stored))
        {
            Assert.Equal(content, await store.ReadAsync(saved.Ref));
        }
    }

    [Fact]
    public async Task ListVersions_ReadsBackSenderTimeHashAndTheFilesOwnName()
    {
        string cycle = Unique.CycleId();

        await store.SaveVersionAsync(cycle, "icb", "xlsx", First, "Zoë Smith <zoe@icb.example.nhs.uk>", Monday, "ICB Q2 – 100% final (Zoë's).xlsx");
        StoredReturn listed = Assert.Single(await store.ListVersionsAsync(cycle, "icb"));

        Assert.Equal(new ReturnRef(cycle, "icb", 1, "xlsx"), listed.Ref);
        Assert.Equal("Zoë Smith <zoe@icb.example.nhs.uk>", listed.SubmittedBy);
        Assert.Equal(Monday, listed.SubmittedAt);
        Assert.Equal("ICB Q2 – 100% final (Zoë's).xlsx", listed.UploadedAs);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(First)), listed.ContentSha256);
    }

    [Fact]
    public async Task ListVersions_NoneStored_IsEmpty() =>
        Assert.Empty(await store.ListVersionsAsync(Unique.CycleId(), "melton"));
}
