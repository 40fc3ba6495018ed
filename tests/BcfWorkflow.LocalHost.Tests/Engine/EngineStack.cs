using BcfWorkflow.LocalHost.Engine;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Tests.Engine;

/// <summary>An engine with a worker and client connected over gRPC, as <c>bcf serve</c> composes them.</summary>
public sealed class EngineStack : IAsyncDisposable
{
    readonly DurableEngine engine;
    readonly IHost worker;

    EngineStack(DurableEngine engine, IHost worker)
    {
        this.engine = engine;
        this.worker = worker;
    }

    public DurableTaskClient Client => worker.Services.GetRequiredService<DurableTaskClient>();

    public static async Task<EngineStack> StartAsync(string connectionString, string taskHub)
    {
        var engine = await DurableEngine.StartAsync(connectionString, new DurableEngineOptions { TaskHubName = taskHub, PartitionCount = 2 });
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddBcfQuietFilters();
        builder.Services.AddBcfDurableWorker(engine.Channel, registry => registry
            .AddOrchestrator<ShoutThenWaitOrchestrator>()
            .AddOrchestrator<DurableTimerOrchestrator>()
            .AddOrchestrator<ParentOfShoutOrchestrator>()
            .AddActivity<ShoutActivity>());
        builder.Services.AddBcfDurableClient(engine.Channel);
        IHost worker = builder.Build();
        await worker.StartAsync();
        return new EngineStack(engine, worker);
    }

    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync();
        worker.Dispose();
        await engine.DisposeAsync();
    }
}
