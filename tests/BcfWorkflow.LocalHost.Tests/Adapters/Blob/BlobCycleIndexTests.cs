using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Testing;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobCycleIndexTests(AzuriteFixture azurite)
{
    readonly BlobCycleIndex index = new(azurite.Container());

    static CycleIndexEntry Entry(string area, string quarter, int day) =>
        new(CycleIds.Cycle(area, "2024-25", quarter), area, "2024-25", quarter, new DateTimeOffset(2024, 10, day, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task List_ByArea_OnlyThatAreasCyclesAndTheFirstEntryKept()
    {
        var area = "Area " + Unique.CycleId();
        var other = area + " North";
        await index.AddAsync(Entry(area, "Q1", 1));
        await index.AddAsync(Entry(area, "Q2", 2));
        await index.AddAsync(Entry(area, "Q2", 20)); // again: the first stays
        await index.AddAsync(Entry(other, "Q2", 3));

        var listed = await index.ListAsync(CycleIds.Slug(area));

        Assert.Equal([Entry(area, "Q1", 1), Entry(area, "Q2", 2)], listed.OrderBy(e => e.Quarter, StringComparer.Ordinal));
        Assert.Contains(Entry(other, "Q2", 3), await index.ListAsync());
    }

    [Fact]
    public async Task EarlierCycles_Marked_HeldAndTheMarkerIsNoEntry()
    {
        await index.MarkEarlierCyclesHeldAsync();

        Assert.True(await index.HoldsEarlierCyclesAsync());
        Assert.DoesNotContain(await index.ListAsync(), e => e.CycleId.StartsWith('_'));
    }
}
