using System.Net;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcfWorkflow.LocalHost.Engine;

/// <summary>The durable engine on one machine: the Durable Task gRPC sidecar (Kestrel, HTTP/2, 127.0.0.1) over the
/// Azure Storage backend. Workers and clients connect through <see cref="Channel"/>.</summary>
public sealed class DurableEngine : IAsyncDisposable
{
    readonly WebApplication sidecar;
    readonly AzureStorageOrchestrationService service;
    readonly FinishNotifyingOrchestrationService? notifier;
    readonly ILogger logger;

    DurableEngine(WebApplication sidecar, AzureStorageOrchestrationService service, FinishNotifyingOrchestrationService? notifier, Uri address, ILogger logger)
    {
        this.sidecar = sidecar;
        this.service = service;
        this.notifier = notifier;
        this.logger = logger;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
    }

    public Uri Address { get; }

    /// <summary>The channel for <c>UseGrpc(channel)</c>; it lives as long as the engine.</summary>
    public GrpcChannel Channel { get; }

    public required string TaskHubName { get; init; }

    /// <summary>Raised with the instance id once an orchestration's finished state (completed, failed, terminated) is
    /// stored, so a waiter reads its status once instead of polling. Only when started with
    /// <see cref="DurableEngineOptions.NotifyFinishedOrchestrations"/>.</summary>
    public event Action<string>? OrchestrationFinished
    {
        add => Notifier.OrchestrationFinished += value;
        remove => Notifier.OrchestrationFinished -= value;
    }

    FinishNotifyingOrchestrationService Notifier => notifier
        ?? throw new InvalidOperationException($"Start the engine with {nameof(DurableEngineOptions.NotifyFinishedOrchestrations)} to be told of finished orchestrations.");

    /// <param name="storageConnectionString">Azurite's or a real account's connection string.</param>
    /// <param name="loggerFactory">Where the engine logs; filter it with <see cref="QuietLogging.AddBcfQuietFilters"/>.</param>
    public static async Task<DurableEngine> StartAsync(
        string storageConnectionString,
        DurableEngineOptions options,
        ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        EngineInternals.EnsureUnchanged();
        loggerFactory ??= NullLoggerFactory.Instance;
        var service = new AzureStorageOrchestrationService(Settings(storageConnectionString, options, loggerFactory));
        await service.CreateIfNotExistsAsync();

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var storable = new StorableEventsOrchestrationService(service);
        var notifier = options.NotifyFinishedOrchestrations ? new FinishNotifyingOrchestrationService(storable) : null;
        builder.Services.AddSingleton<IOrchestrationService>(notifier ?? (IOrchestrationService)storable);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();

        WebApplication sidecar = builder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync(cancellationToken);

        string address = sidecar.Urls.First();
        ILogger logger = loggerFactory.CreateLogger<DurableEngine>();
        logger.LogInformation("Durable engine on {Address}, task hub {TaskHub}", address, options.TaskHubName);
        return new DurableEngine(sidecar, service, notifier, new Uri(address), logger) { TaskHubName = options.TaskHubName };
    }

    static AzureStorageOrchestrationServiceSettings Settings(string connectionString, DurableEngineOptions options, ILoggerFactory loggerFactory) => new()
    {
        StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
        TaskHubName = options.TaskHubName,
        PartitionCount = options.PartitionCount,
        MaxQueuePollingInterval = options.MaxQueuePollingInterval,
        LeaseInterval = options.LeaseInterval,
        LeaseRenewInterval = options.LeaseInterval / 3,
        LeaseAcquireInterval = options.LeaseInterval / 3,
        ControlQueueVisibilityTimeout = options.QueueVisibilityTimeout,
        WorkItemQueueVisibilityTimeout = options.QueueVisibilityTimeout,

        // One host owns the task hub on a local machine: no app lease to wait for after a restart.
        UseAppLease = false,
        LoggerFactory = loggerFactory,
    };

    /// <summary>Stops the sidecar and the storage backend (releasing its partition leases). Stop the worker first.</summary>
    public async ValueTask DisposeAsync()
    {
        await sidecar.StopAsync();
        await Channel.ShutdownAsync();
        Channel.Dispose();

        // The sidecar stops the backend from a fire-and-forget callback; stop it here too so that the leases are
        // released before a new engine on the same task hub starts. Forced: the worker has stopped, so a work item it
        // was given will never complete, and an unforced stop waits a minute for the partition to drain before giving
        // up. Forced, its messages are abandoned back to the queues at once and the next start takes them.
        try
        {
            await service.StopAsync(isForced: true);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or NullReferenceException)
        {
            logger.LogDebug(e, "The storage backend was already stopped");
        }

        await sidecar.DisposeAsync();
    }
}
