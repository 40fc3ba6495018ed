using System.Net;
using BcfWorkflow.LocalHost.Engine;
using BcfWorkflow.Testing.Ports;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcfWorkflow.Bench;

/// <summary>The in-process engine of Microsoft.DurableTask.InProcessTestHost (its in-memory orchestration service behind
/// the same gRPC sidecar), assembled here rather than through <c>DurableTaskTestHost</c> so that its dispatcher may
/// take more than <see cref="Environment.ProcessorCount"/> work items at once without DOTNET_PROCESSOR_COUNT.</summary>
public sealed class InProcessEngine : IBenchEngine
{
    private readonly WebApplication sidecar;
    private readonly GrpcChannel channel;
    private readonly IHost worker;
    private readonly FinishNotifyingOrchestrationService notifier;

    private InProcessEngine(WebApplication sidecar, GrpcChannel channel, IHost worker, FinishNotifyingOrchestrationService notifier, int concurrency)
    {
        this.sidecar = sidecar;
        this.channel = channel;
        this.worker = worker;
        this.notifier = notifier;
        Description = $"in-memory orchestration service (InProcessTestHost) behind the gRPC sidecar, {concurrency} work items at once";
    }

    public string Name => "inprocess";
    public string Description { get; }
    public IReadOnlyList<DurableTaskClient> Clients => [worker.Services.GetRequiredService<DurableTaskClient>()];

    public event Action<string>? OrchestrationFinished
    {
        add => notifier.OrchestrationFinished += value;
        remove => notifier.OrchestrationFinished -= value;
    }
    public long? StoragePeakBytes => null;

    public static async Task<InProcessEngine> StartAsync(InMemoryPorts ports, int concurrency, CancellationToken cancellationToken)
    {
        var service = new InMemoryOrchestrationService(NullLoggerFactory.Instance);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var notifier = new FinishNotifyingOrchestrationService(new ConcurrencyOverrideService(service, concurrency));
        builder.Services.AddSingleton<IOrchestrationService>(notifier);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var sidecar = builder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync(cancellationToken);

        var channel = GrpcChannel.ForAddress(sidecar.Urls.First());
        var worker = await BenchWorkerHost.StartAsync(channel, ports, concurrency, cancellationToken);
        return new InProcessEngine(sidecar, channel, worker, notifier, concurrency);
    }

    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync();
        worker.Dispose();
        await sidecar.StopAsync();
        await channel.ShutdownAsync();
        channel.Dispose();
        await sidecar.DisposeAsync();
    }
}
