using BcfWorkflow.Functions.Blobs;
using BcfWorkflow.Functions.Http;
using BcfWorkflow.Functions.Incoming;
using BcfWorkflow.Functions.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Functions.Tests;

/// <summary>Files dropped into <c>incoming/{area}/{contributor}/</c>, through the blob trigger's function.</summary>
public sealed class IncomingReturnTests : IAsyncLifetime
{
    private FunctionsHarness harness = null!;

    public async Task InitializeAsync() => harness = await FunctionsHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Drop_ValidReturnWithOpenCycle_IsStoredAndResultSaysAccepted()
    {
        await OpenCycleAsync();

        var result = await DropAsync("testshire", "blaby", "q2.csv", TestPlan.Return("blaby", 12_000m));

        Assert.Equal("accepted", result.Status);
        Assert.Equal("testshire-2024-25-q2", result.CycleId);
        Assert.Equal(1, result.Version);
        Assert.Single(await harness.Returns.ListVersionsAsync("testshire-2024-25-q2", "blaby"));
    }

    [Fact]
    public async Task Drop_InvalidReturn_IsRejectedWithItsProblemsAndNothingStored()
    {
        await OpenCycleAsync();

        var result = await DropAsync("Testshire", "blaby", "q2.csv", "Scheme ID,Expenditure to date (£)\n40,5\n"u8.ToArray());

        Assert.Equal("rejected", result.Status);
        Assert.Contains(result.Issues, i => i.Severity == "error");
        Assert.Equal(0, harness.Returns.BlobCount);
    }

    [Fact]
    public async Task Drop_NoOpenCycle_ResultSaysSo()
    {
        var result = await DropAsync("testshire", "blaby", "q2.csv", TestPlan.Return("blaby", 12_000m));

        Assert.Equal("noOpenCycle", result.Status);
        Assert.Null(result.CycleId);
    }

    [Fact]
    public async Task Drop_UnknownContributor_ResultSaysNotFound()
    {
        await OpenCycleAsync();

        var result = await DropAsync("testshire", "melton", "q2.csv", TestPlan.Return("blaby", 12_000m));

        Assert.Equal("notFound", result.Status);
    }

    [Fact]
    public async Task Drop_OurOwnResultFile_IsIgnored()
    {
        await OpenCycleAsync();

        await ProcessIncomingReturn.Run("{}"u8.ToArray(), "testshire", "blaby", "q2.csv.result.json", harness.Client, harness.Context());

        Assert.Empty(harness.IncomingResults.Written);
    }

    private async Task<IncomingReturnResult> DropAsync(string area, string contributor, string name, byte[] content)
    {
        await ProcessIncomingReturn.Run(content, area, contributor, name, harness.Client, harness.Context());
        return harness.IncomingResults.Written[$"incoming/{area}/{contributor}/{name}.result.json"];
    }

    private async Task OpenCycleAsync()
    {
        await harness.Plans.SaveAsync(TestPlan.Create());
        var due = DateTimeOffset.UtcNow.AddDays(30);
        var opened = await harness.Cycles()
            .OpenCycleAsync(TestPlan.Area, TestPlan.Year, "Q2", due, due.AddDays(7));
        Assert.Equal(Orchestrations.Application.OpenCycleStatus.Opened, opened.Status);
    }
}
