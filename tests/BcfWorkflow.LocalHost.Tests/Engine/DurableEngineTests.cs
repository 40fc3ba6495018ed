using BcfWorkflow.LocalHost.Tests.Support;
using BcfWorkflow.Testing;
using Microsoft.DurableTask.Client;

namespace BcfWorkflow.LocalHost.Tests.Engine;

[Collection(AzuriteCollection.Name)]
public sealed class DurableEngineTests(AzuriteFixture azurite)
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Engine_OrchestrationWithActivityAndEvent_CompletesOverGrpc()
    {
        await using var stack = await EngineStack.StartAsync(azurite.ConnectionString, Unique.TaskHub());
        using var deadline = new CancellationTokenSource(Deadline);

        string id = await stack.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ShoutThenWaitOrchestrator), "hello", deadline.Token);
        await stack.Client.WaitForInstanceStartAsync(id, deadline.Token);
        await stack.Client.RaiseEventAsync(id, ShoutThenWaitOrchestrator.ApprovalEvent, "approved", deadline.Token);
        OrchestrationMetadata done = await stack.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, deadline.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("HELLO:approved", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Engine_SubOrchestration_ParentHistoryStoresAndCompletes()
    {
        await using var stack = await EngineStack.StartAsync(azurite.ConnectionString, Unique.TaskHub());
        using var deadline = new CancellationTokenSource(Deadline);

        string id = await stack.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ParentOfShoutOrchestrator), "hello", deadline.Token);
        string child = ParentOfShoutOrchestrator.ChildOf(id);
        while (await stack.Client.GetInstanceAsync(child, deadline.Token) is null)
        {
            await Task.Delay(50, deadline.Token);
        }
        await stack.Client.RaiseEventAsync(child, ShoutThenWaitOrchestrator.ApprovalEvent, "approved", deadline.Token);
        OrchestrationMetadata done = await stack.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, deadline.Token);

        // Without the fixes (EngineInternals) the child's start message does not load, or the parent's history does not.
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("parent:HELLO:approved", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Engine_RestartedWhileDurableTimerPending_CompletesAfterTimerFires()
    {
        string taskHub = Unique.TaskHub();
        using var deadline = new CancellationTokenSource(Deadline);
        string id;
        await using (var first = await EngineStack.StartAsync(azurite.ConnectionString, taskHub))
        {
            // The timer outlasts the first engine's shutdown: a timer message that became visible while the engine was
            // stopping could be fetched by it and stay invisible to the second engine for the queue's visibility timeout.
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync(nameof(DurableTimerOrchestrator), 10, deadline.Token);
            await first.Client.WaitForInstanceStartAsync(id, deadline.Token);
        }

        await using var second = await EngineStack.StartAsync(azurite.ConnectionString, taskHub);
        OrchestrationMetadata done = await second.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, deadline.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("FIRED", done.ReadOutputAs<string>());
    }
}
