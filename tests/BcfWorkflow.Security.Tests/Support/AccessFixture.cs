using System.Net;
using System.Net.Http.Json;
using BcfWorkflow.Orchestrations.Contracts;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.Support;

/// <summary>One stack with cycles in known stages: Testshire Q1 approved (a template exists), Q2 collecting with
/// blaby's v1 stored, Q3 collecting (for the close route), and Otherton and Collideshire Q2 collecting.</summary>
public sealed class AccessFixture : IAsyncLifetime
{
    public ApiStack Stack { get; private set; } = null!;

    public string Approved { get; } = CycleIds.Cycle(TestPlan.Area, TestPlan.Year, "Q1");
    public string Collecting { get; } = CycleIds.Cycle(TestPlan.Area, TestPlan.Year, "Q2");
    public string ToClose { get; } = CycleIds.Cycle(TestPlan.Area, TestPlan.Year, "Q3");
    public string Otherton { get; } = CycleIds.Cycle(Areas.Otherton, TestPlan.Year, "Q2");
    public string Collideshire { get; } = CycleIds.Cycle(Areas.Collideshire, TestPlan.Year, "Q2");

    public async Task InitializeAsync()
    {
        Stack = await ApiStack.StartAsync();
        await Stack.OpenCycleAsync(TestPlan.Area, "Q1");
        foreach (var (id, key) in new[] { (TestPlan.Blaby, Keys.Blaby), (TestPlan.Charnwood, Keys.Charnwood), (TestPlan.County, Keys.County) })
        {
            using var put = await Stack.PutReturnAsync(Approved, id, key, TestPlan.Return(id, 1000), $"{id}.csv");
            Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
        }
        await Stack.WaitForAsync(Approved, s => s.Stage == CycleStages.AwaitingSignOff, "Q1 sign-off");
        using (var approve = await Stack.SendAsync(HttpMethod.Post, $"/api/cycles/{Approved}/decision", Keys.Lead, JsonContent.Create(new { decision = "approve", confirmIncomplete = true })))
        {
            Assert.Equal(HttpStatusCode.Accepted, approve.StatusCode);
        }
        await Stack.WaitForAsync(Approved, s => s.Stage == CycleStages.Completed, "Q1 completed");

        await Stack.OpenCycleAsync(TestPlan.Area, "Q2");
        using (var put = await Stack.PutReturnAsync(Collecting, TestPlan.Blaby, Keys.Blaby, TestPlan.Return(TestPlan.Blaby, 2000), "blaby.csv"))
        {
            Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
        }
        await Stack.OpenCycleAsync(TestPlan.Area, "Q3");
        await Stack.OpenCycleAsync(Areas.Otherton, "Q2");
        await Stack.OpenCycleAsync(Areas.Collideshire, "Q2");
    }

    public async Task DisposeAsync() => await Stack.DisposeAsync();
}
