namespace BcfWorkflow.LocalHost.Storage;

/// <summary>How to start the local Azurite emulator (configuration section <c>Azurite</c>).</summary>
public sealed record AzuriteOptions
{
    /// <summary>The azurite launcher; when null it is found under <c>.tools/azurite</c> or installed there.</summary>
    public string? Path { get; init; }

    /// <summary>Data folder (<c>--location</c>); ignored when <see cref="InMemory"/> is set.</summary>
    public string? Location { get; init; }

    /// <summary><c>--inMemoryPersistence</c>: nothing survives the process (tests).</summary>
    public bool InMemory { get; init; }

    /// <summary>The account key the emulator accepts (base64); null for a random one made at start. The public
    /// development key is never accepted by an emulator we start.</summary>
    public string? AccountKey { get; init; }

    /// <summary>Ports; 0 picks a free one.</summary>
    public int BlobPort { get; init; }
    public int QueuePort { get; init; }
    public int TablePort { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long installing azurite from npm may take on first use.</summary>
    public TimeSpan InstallTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
