using System.Text;
using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobTemplateStoreTests(AzuriteFixture azurite)
{
    readonly BlobTemplateStore store = new(azurite.Container());

    static Dictionary<string, byte[]> Files(string marker) => new()
    {
        ["csv"] = Encoding.UTF8.GetBytes($"csv {marker}"),
        ["json"] = Encoding.UTF8.GetBytes($"{{\"marker\":\"{marker}\"}}"),
        ["xlsx"] = Encoding.UTF8.GetBytes($"xlsx {marker}"),
    };

    [Fact]
    public async Task Write_SameVersionTwice_KeepsTheFirstContent()
    {
        string cycle = Unique.CycleId();

        await store.WriteAsync(cycle, 1, Files("first"));
        await store.WriteAsync(cycle, 1, Files("second"));

        Assert.Equal(Files("first")["csv"], await store.OpenLatestAsync(cycle, "csv"));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("xlsx")]
    public async Task OpenLatest_TwoVersions_ReturnsTheNewer(string format)
    {
        string cycle = Unique.CycleId();

        await store.WriteAsync(cycle, 1, Files("v1"));
        await store.WriteAsync(cycle, 2, Files("v2"));

        Assert.Equal(Files("v2")[format], await store.OpenLatestAsync(cycle, format));
    }

    [Fact]
    public async Task OpenLatest_NothingWritten_IsNull() =>
        Assert.Null(await store.OpenLatestAsync(Unique.CycleId(), "xlsx"));
}
