using BcfWorkflow.Orchestrations.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BcfWorkflow.LocalHost.Server;

/// <summary>How to start a <see cref="LocalServer"/>: <c>bcf serve</c>, <c>bcf demo</c> and the tests fill this in.</summary>
public sealed record LocalServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:7071";
    public const string DefaultDataDir = ".bcf";
    public const string DefaultTaskHubName = "bcflocal";

    /// <summary>Where Kestrel listens (semicolon-separated); port 0 picks a free one.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Azurite's data (<c>{DataDir}/azurite</c>), the email outbox and users.json.</summary>
    public string DataDir { get; init; } = DefaultDataDir;

    /// <summary>Auth, Email, SendGrid, Smtp, Api, Storage:ConnectionString, DurableTask:HubName, DurableTask:LeaseIntervalSeconds.</summary>
    public IConfiguration Configuration { get; init; } = new ConfigurationBuilder().Build();

    /// <summary>Real storage instead of Azurite; when null, <c>Storage:ConnectionString</c>, else Azurite is started.</summary>
    public string? StorageConnectionString { get; init; }

    /// <summary>Azurite keeps nothing on disk (tests, throwaway demos).</summary>
    public bool InMemoryStorage { get; init; }

    /// <summary>The cycle schedule used when opening cycles; when null, <c>Api:Schedule</c> or the default (days).</summary>
    public CycleScheduleOptions? Schedule { get; init; }

    /// <summary>Ctrl+C and SIGTERM stop the server (<c>bcf serve</c>); off when the caller handles them (demo, tests).</summary>
    public bool HandleShutdownSignals { get; init; }

    /// <summary>Where logs go; by default one line per entry on the console. Noisy categories are filtered either way.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
