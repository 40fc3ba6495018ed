using System.Runtime.InteropServices;
using BcfWorkflow.Adapters;
using BcfWorkflow.Adapters.Blob;
using BcfWorkflow.LocalHost.Engine;
using BcfWorkflow.LocalHost.Storage;
using BcfWorkflow.Orchestrations.Ports;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>The whole product on one machine: Azurite (unless real storage is configured), the durable engine, and the
/// web application with the API, the worker and the client. Started in that order, stopped in reverse.</summary>
public sealed class LocalServer : IAsyncDisposable
{
    public const string HubNameKey = "DurableTask:HubName";
    public const string LeaseIntervalKey = "DurableTask:LeaseIntervalSeconds";

    readonly AzuriteProcess? azurite;
    DataFolderLock? folderLock;
    readonly DurableEngine engine;
    readonly WebApplication app;
    readonly ILoggerFactory loggerFactory;
    readonly PosixSignalRegistration? hangUp;
    int disposed;

    LocalServer(AzuriteProcess? azurite, DurableEngine engine, WebApplication app, ILoggerFactory loggerFactory, string dataDir, string connectionString)
    {
        this.azurite = azurite;
        this.engine = engine;
        this.app = app;
        this.loggerFactory = loggerFactory;
        DataDir = dataDir;
        StorageConnectionString = connectionString;
        BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");

        // Ctrl+C and SIGTERM stop the server through its host; a hang-up (the terminal or SSH session that ran bcf serve
        // closing) would otherwise end the process on the spot. Treated the same: a clean stop of everything it started.
        if (!OperatingSystem.IsWindows())
        {
            hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                context.Cancel = true;
                app.Lifetime.StopApplication();
            });
        }
    }

    /// <summary>Where the API answers, e.g. http://127.0.0.1:7071/ (the actual port when 0 was asked for).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The data folder, as a full path.</summary>
    public string DataDir { get; }

    public string StorageConnectionString { get; }

    public string TaskHubName => engine.TaskHubName;

    public IServiceProvider Services => app.Services;

    /// <summary>Cancelled when the server begins to stop (Ctrl+C or SIGTERM under <c>bcf serve</c>).</summary>
    public CancellationToken Stopping => app.Lifetime.ApplicationStopping;

    public static async Task<LocalServer> StartAsync(LocalServerOptions options, CancellationToken cancellationToken = default)
    {
        string dataDir = LocalDataFolder.Prepare(options.DataDir);
        // Before anything touches the folder: a second host must not stop the first one's Azurite as "left over".
        var folderLock = DataFolderLock.Take(dataDir);
        ILoggerFactory loggerFactory = LoggerFactory.Create(logging => LocalServerLogging.Configure(logging, options));
        ILogger logger = loggerFactory.CreateLogger<LocalServer>();
        AzuriteProcess? azurite = null;
        DurableEngine? engine = null;
        try
        {
            string? connectionString = options.StorageConnectionString
                ?? options.Configuration[AdaptersServiceCollectionExtensions.StorageConnectionStringKey];
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                azurite = await AzuriteProcess.StartAsync(new AzuriteOptions
                {
                    Location = Path.Combine(dataDir, "azurite"),
                    InMemory = options.InMemoryStorage,
                    Path = options.Configuration["Azurite:Path"],
                    AccountKey = options.InMemoryStorage ? null : LocalDataFolder.StorageKey(dataDir),
                }, loggerFactory.CreateLogger<AzuriteProcess>(), cancellationToken);
                connectionString = azurite.ConnectionString;
            }

            engine = await DurableEngine.StartAsync(connectionString, EngineOptions(options), loggerFactory, cancellationToken);
            // Azurite is not durable at the moment it answers (it saves every 5 s): acknowledgements are journaled to disk
            // first, and the journal is replayed before the server takes a request (docs/design/durable-receipts.md).
            FileReceiptJournal? journal = azurite is not null && !options.InMemoryStorage ? new FileReceiptJournal(dataDir, TimeProvider.System) : null;
            WebApplication app = LocalWebApp.Build(options, dataDir, connectionString, engine, journal);
            if (journal is not null)
            {
                await journal.ReplayAsync(app.Services.GetRequiredService<BlobReturnStore>(), app.Services.GetRequiredService<IAuditLog>(),
                    app.Services.GetRequiredService<ICycleIndex>(), app.Services.GetRequiredService<DurableTaskClient>(), logger, cancellationToken);
            }
            await app.StartAsync(cancellationToken);
            var server = new LocalServer(azurite, engine, app, loggerFactory, dataDir, connectionString) { folderLock = folderLock };
            logger.LogInformation("BCF local host on {Address} (data {DataDir}, task hub {TaskHub})", server.BaseAddress, dataDir, engine.TaskHubName);
            return server;
        }
        catch
        {
            if (engine is not null)
            {
                await engine.DisposeAsync();
            }

            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            loggerFactory.Dispose();
            folderLock.Dispose();
            throw;
        }
    }

    static DurableEngineOptions EngineOptions(LocalServerOptions options)
    {
        var engine = new DurableEngineOptions { TaskHubName = options.Configuration[HubNameKey] ?? LocalServerOptions.DefaultTaskHubName };
        return int.TryParse(options.Configuration[LeaseIntervalKey], out int seconds) && seconds > 0
            ? engine with { LeaseInterval = TimeSpan.FromSeconds(seconds) }
            : engine;
    }

    /// <summary>Completes when the server is told to stop (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <remarks>Only waits: the stopping itself is <see cref="DisposeAsync"/>'s, bounded in time.</remarks>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken = default)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var byHost = app.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        using var byCaller = cancellationToken.Register(() => stopping.TrySetResult());
        await stopping.Task;
    }

    /// <summary>How long the web application and worker may take to stop before the engine and storage are stopped
    /// anyway: a stop must finish (a terminal closing, a service manager's SIGTERM) and save the storage's data.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Stops the web application and worker, then the engine, then Azurite.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        hangUp?.Dispose();
        try
        {
            // A hosted service that ignores the stop token (a worker waiting on a work item the engine will not finish)
            // must not hold the whole stop: after StopTimeout the engine and Azurite are stopped regardless.
            using var timeout = new CancellationTokenSource(StopTimeout);
            await app.StopAsync(timeout.Token).WaitAsync(StopTimeout + TimeSpan.FromSeconds(5));
            await app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            loggerFactory.CreateLogger<LocalServer>().LogWarning("The web application and worker did not stop within {Timeout}; stopping the engine and storage anyway", StopTimeout);
        }
        finally
        {
            try
            {
                await engine.DisposeAsync().AsTask().WaitAsync(StopTimeout);
            }
            catch (TimeoutException)
            {
                loggerFactory.CreateLogger<LocalServer>().LogWarning("The durable engine did not stop within {Timeout}; stopping the storage anyway", StopTimeout);
            }
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            loggerFactory.Dispose();
            folderLock?.Dispose(); // last: the folder is free once its storage has stopped
        }
    }
}
