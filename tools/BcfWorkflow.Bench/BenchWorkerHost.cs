using BcfWorkflow.Orchestrations;
using BcfWorkflow.Testing.Ports;
using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.Bench;

/// <summary>A generic host with the bcf worker and a client on a sidecar's gRPC channel, over the bench's in-memory ports.</summary>
internal static class BenchWorkerHost
{
    public static async Task<IHost> StartAsync(GrpcChannel channel, InMemoryPorts ports, int maxConcurrentWorkItems, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        ports.Register(builder.Services);
        builder.Services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc(channel);
            worker.AddTasks(registry => registry.AddBcfTasks());
            worker.Configure(options =>
            {
                options.Concurrency.MaximumConcurrentOrchestrationWorkItems = maxConcurrentWorkItems;
                options.Concurrency.MaximumConcurrentActivityWorkItems = maxConcurrentWorkItems;
            });
        });
        builder.Services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(channel);
            client.RegisterDirectly();
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }
}
