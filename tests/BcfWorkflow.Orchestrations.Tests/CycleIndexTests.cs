using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Orchestrations.Ports;
using BcfWorkflow.Orchestrations.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Orchestrations.Tests;

/// <summary>The cycle index behind the list of cycles and the incoming-file path: written when a cycle opens, read by
/// <see cref="Application.CycleService"/>, and filled once from the engine with cycles opened before it was kept.</summary>
public sealed class CycleIndexTests : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);
    private CycleHarness harness = null!;

    public async Task InitializeAsync() => harness = await CycleHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task OpenCycle_IndexedAndListedWithItsPlanAndStoredVersions()
    {
        var cycleId = await harness.OpenAsync(Long, Long, CycleHarness.Seconds([0, 120]));
        await harness.SubmitAsync(cycleId, TestPlan.Blaby, 1_000);

        var entry = Assert.Single(await harness.CycleIndex.ListAsync(CycleIds.Slug(TestPlan.Area)));
        var listed = Assert.Single(await harness.Service.ListCyclesAsync());

        Assert.Equal((cycleId, TestPlan.Area, TestPlan.Year, "Q2"), (entry.CycleId, entry.Area, entry.Year, entry.Quarter));
        Assert.Equal((cycleId, TestPlan.Area, false), (listed.Input.CycleId, listed.Plan.Area, listed.Ended));
        Assert.Equal(1, listed.StoredVersions[TestPlan.Blaby]);
    }

    [Fact]
    public async Task List_CycleOpenedBeforeTheIndex_IndexedOnceFromTheEngine()
    {
        var cycleId = await harness.OpenAsync(Long, Long, CycleHarness.Seconds([0, 120]));
        harness.CycleIndex.Forget(cycleId); // as a store from before the index would have it

        var listed = await harness.Service.ListCyclesAsync();

        Assert.Equal([cycleId], listed.Select(c => c.Input.CycleId));
        Assert.Single(await harness.CycleIndex.ListAsync());
        Assert.True(await harness.CycleIndex.HoldsEarlierCyclesAsync());
    }

    [Fact]
    public async Task List_IndexedCycleWhoseStartWasLost_LeftOut()
    {
        await harness.CycleIndex.MarkEarlierCyclesHeldAsync();
        await harness.CycleIndex.AddAsync(new CycleIndexEntry("testshire-2024-25-q3", TestPlan.Area, TestPlan.Year, "Q3", DateTimeOffset.UtcNow));

        Assert.Empty(await harness.Service.ListCyclesAsync());
        Assert.Null(await harness.Service.FindOpenCycleAsync(TestPlan.Area));
    }

    [Fact]
    public async Task FindOpenCycle_TheAreasRunningCycle_NotAnotherAreas()
    {
        var cycleId = await harness.OpenAsync(Long, Long, CycleHarness.Seconds([0, 120]));
        await harness.CycleIndex.AddAsync(new CycleIndexEntry("testshire-north-2024-25-q2", "Testshire North", TestPlan.Year, "Q2", DateTimeOffset.UtcNow));

        Assert.Equal(cycleId, await harness.Service.FindOpenCycleAsync("TESTSHIRE"));
        Assert.Null(await harness.Service.FindOpenCycleAsync("Testshire North"));
    }
}
